import { LitElement, css, html, nothing } from 'lit';
import { SIGNED_OUT_EVENT } from './api.js';
import { dirFor, isLanguage, loadLanguage, negotiate, t, type MessageId } from './i18n.js';
import type { ConsolePage } from './page.js';
import { BASE, href, parseRoute, type Route } from './router.js';
import { canModerate, canOrganise, fetchMe, isAdmin, type Me } from './session.js';
import { pageStyles } from './styles.js';
import './pages/audit.js';
import './pages/sharing.js';
import './pages/pledges.js';
import './pages/dashboard.js';
import './pages/erase.js';
import './pages/introductions.js';
import './pages/listings.js';
import './pages/local-contact.js';
import './pages/moderation.js';
import './pages/not-found.js';
import './pages/organisers.js';
import './pages/session.js';
import './pages/sessions.js';
import './pages/settings.js';
import './pages/sign-in.js';

interface NavItem {
  readonly path: string;
  readonly label: MessageId;
  readonly page: Route['page'];
  readonly show: (me: Me) => boolean;
}

const browserLanguage = (): string => negotiate(navigator.languages ?? []);

/** The sections, each shown only to those whose scopes reach it (organisers and scopes: admins only). */
const NAV: readonly NavItem[] = [
  { path: '/', label: 'nav.dashboard', page: 'dashboard', show: () => true },
  { path: '/sessions', label: 'nav.sessions', page: 'sessions', show: canOrganise },
  { path: '/moderation', label: 'nav.moderation', page: 'moderation', show: canModerate },
  { path: '/introductions', label: 'nav.introductions', page: 'introductions', show: canOrganise },
  { path: '/listings', label: 'nav.listings', page: 'listings', show: canOrganise },
  { path: '/local-contact', label: 'nav.localContact', page: 'local-contact', show: canOrganise },
  { path: '/erase', label: 'nav.erase', page: 'erase', show: () => true },
  { path: '/organisers', label: 'nav.organisers', page: 'organisers', show: isAdmin },
  { path: '/audit', label: 'nav.audit', page: 'audit', show: () => true },
  // What share links brought is per partner: partner scopes (and admins) see it.
  { path: '/sharing', label: 'nav.sharing', page: 'sharing', show: canModerate },
  // Pledge counts: organisers see their seats', partner scopes their pages' (docs/pledges.md).
  { path: '/pledges', label: 'nav.pledges', page: 'pledges', show: (me) => canOrganise(me) || canModerate(me) },
  { path: '/settings', label: 'nav.settings', page: 'settings', show: () => true },
];

/**
 * The console: who is signed in, the sections they may use, and the current page. Navigation uses real URLs and the
 * History API; after each one, focus moves to the new page's heading and the document title changes, so a screen
 * reader user hears where they are. A 401 from any call sends the organiser to sign-in, keeping where they were.
 */
export class ConsoleApp extends LitElement {
  static override styles = [
    pageStyles,
    css`
      :host { display: block; min-height: 100vh; }
      .skip { position: absolute; inset-inline-start: 0.5rem; top: -4rem; background: #fff; padding: 0.5rem; z-index: 1; }
      .skip:focus { top: 0.5rem; }
      header { background: #1e1b4b; color: #fff; padding: 0.75rem 1rem; }
      header .name { font-weight: 700; font-size: 1.1rem; margin: 0; }
      header .who { margin: 0.25rem 0 0; font-size: 0.9rem; overflow-wrap: anywhere; }
      nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; margin: 0.5rem 0 0; padding: 0; }
      nav a { color: #fff; display: inline-block; padding: 0.35rem 0.4rem; min-height: 1.5rem; }
      nav a:focus-visible { outline-color: #fde047; }
      nav a[aria-current='page'] { font-weight: 700; text-decoration-thickness: 3px; }
      main { padding: 1rem; max-width: 60rem; margin: 0 auto; }
    `,
  ];
  static override properties = { route: { state: true }, me: { state: true }, checked: { state: true }, lang: { state: true }, expired: { state: true } };

  declare route: Route;
  declare me: Me | undefined;
  /** Whether we asked the server who is signed in yet. */
  declare checked: boolean;
  declare lang: string;
  declare expired: boolean;
  #focusAfterRender = false;

  constructor() {
    super();
    this.route = parseRoute(new URL(location.href));
    this.me = undefined;
    this.checked = false;
    this.lang = 'en';
    this.expired = false;
    this.addEventListener('click', (e) => this.#interceptLink(e));
    this.addEventListener('console-navigate', (e) => this.navigate((e as CustomEvent<string>).detail));
    this.addEventListener('console-signed-in', (e) => void this.#signedIn((e as CustomEvent<string>).detail));
    this.addEventListener('console-signed-out', () => this.#toSignIn(false));
    this.addEventListener('console-me', (e) => void this.#setMe((e as CustomEvent<Me>).detail));
    this.addEventListener('console-title', () => this.#updateTitle());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onPopState);
    addEventListener(SIGNED_OUT_EVENT, this.#onUnauthorised);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
    removeEventListener(SIGNED_OUT_EVENT, this.#onUnauthorised);
  }

  #onPopState = (): void => {
    this.route = parseRoute(new URL(location.href));
    this.#focusAfterRender = true;
  };

  /** A 401 after signing in: the session expired or was ended elsewhere (a first visit is not an expiry). */
  #onUnauthorised = (): void => {
    if (this.me && this.route.page !== 'sign-in') this.#toSignIn(true);
  };

  async #start(): Promise<void> {
    let me: Me | undefined;
    try {
      me = await fetchMe();
    } catch {
      me = undefined;
    }
    await this.#setMe(me);
    this.checked = true;
    if (!me && this.route.page !== 'sign-in') this.#toSignIn(false, true);
    else if (me && this.route.page === 'sign-in' && !this.route.token) this.navigate(this.route.next ?? href('/'), true);
    else this.#focusAfterRender = false;
    this.#updateTitle();
  }

  async #setMe(me: Me | undefined): Promise<void> {
    this.me = me;
    // Signed in: the organiser's choice. Signed out: the browser's first language the console speaks.
    const lang = me ? (isLanguage(me.language) ? me.language : 'en') : browserLanguage();
    await loadLanguage(lang);
    this.lang = lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = dirFor(lang);
  }

  async #signedIn(next: string): Promise<void> {
    await this.#setMe(await fetchMe());
    this.expired = false;
    this.navigate(next, true);
  }

  /** To sign-in, remembering the page they were on (`?next=`). */
  #toSignIn(expired: boolean, replace = false): void {
    const here = location.pathname + location.search;
    this.me = undefined;
    this.expired = expired;
    const next = here.startsWith(`${BASE}/`) && !here.startsWith(`${BASE}/sign-in`) ? `?next=${encodeURIComponent(here)}` : '';
    this.navigate(href(`/sign-in${next}`), replace);
  }

  navigate(path: string, replace = false): void {
    const url = new URL(path, location.href);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.route = parseRoute(url);
    this.#focusAfterRender = true;
  }

  #interceptLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    // The development mailbox at /console/mail is a separate page served by the server.
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE) || url.pathname.startsWith(`${BASE}/mail`)) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search);
  }

  get #page(): ConsolePage | null {
    return this.renderRoot.querySelector<ConsolePage>('main > *');
  }

  #updateTitle(): void {
    const title = this.#page?.pageTitle;
    document.title = title ? `${title} – ${t(this.lang, 'app.name')}` : t(this.lang, 'app.name');
  }

  protected override async updated(): Promise<void> {
    const page = this.#page;
    if (!page) return;
    await page.updateComplete;
    this.#updateTitle();
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      page.heading?.focus();
    }
  }

  #renderPage(): unknown {
    const r = this.route;
    const { me, lang } = this;
    const allowed = (page: Route['page']) => !me || (NAV.find((n) => n.page === page)?.show(me) ?? true);
    if (r.page === 'sign-in') return html`<console-sign-in .lang=${lang} .token=${r.token} .next=${r.next} .expired=${this.expired}></console-sign-in>`;
    if (!me) return html`<p role="status">${t(lang, 'state.loading')}</p>`;
    if (!allowed(r.page)) return this.#notFound();
    switch (r.page) {
      case 'dashboard':
        return html`<console-dashboard .lang=${lang} .me=${me}></console-dashboard>`;
      case 'sessions':
        return html`<console-sessions .lang=${lang} .me=${me}></console-sessions>`;
      case 'session':
        return html`<console-session .lang=${lang} .me=${me} .sessionId=${r.id}></console-session>`;
      case 'moderation':
        return html`<console-moderation .lang=${lang} .me=${me}></console-moderation>`;
      case 'introductions':
        return html`<console-introductions .lang=${lang} .me=${me}></console-introductions>`;
      case 'listings':
        return html`<console-listings .lang=${lang} .me=${me}></console-listings>`;
      case 'local-contact':
        return html`<console-local-contact .lang=${lang} .me=${me}></console-local-contact>`;
      case 'erase':
        return html`<console-erase .lang=${lang} .me=${me}></console-erase>`;
      case 'organisers':
        return html`<console-organisers .lang=${lang} .me=${me}></console-organisers>`;
      case 'audit':
        return html`<console-audit .lang=${lang} .me=${me}></console-audit>`;
      case 'sharing':
        return html`<console-sharing .lang=${lang} .me=${me}></console-sharing>`;
      case 'pledges':
        return html`<console-pledges .lang=${lang} .me=${me}></console-pledges>`;
      case 'settings':
        return html`<console-settings .lang=${lang} .me=${me}></console-settings>`;
      case 'not-found':
        return this.#notFound();
    }
  }

  #notFound() {
    return html`<console-not-found .lang=${this.lang}></console-not-found>`;
  }

  override render() {
    const me = this.me;
    const current = this.route.page;
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => (e.preventDefault(), this.#page?.heading?.focus())}>${t(this.lang, 'app.skip')}</a>
      <header>
        <p class="name">${t(this.lang, 'app.name')}</p>
        ${me
          ? html`<p class="who" dir="auto">${t(this.lang, 'app.signedInAs', { name: me.name })}</p>
              <nav aria-label=${t(this.lang, 'app.nav')}><ul>
                ${NAV.filter((n) => n.show(me)).map((n) => html`<li><a href=${href(n.path)}
                  aria-current=${n.page === current || (n.page === 'sessions' && current === 'session') ? 'page' : nothing}>${t(this.lang, n.label)}</a></li>`)}
              </ul></nav>`
          : nothing}
      </header>
      <main id="main">${this.checked || this.route.page === 'sign-in' ? this.#renderPage() : html`<p role="status">${t(this.lang, 'state.loading')}</p>`}</main>`;
  }
}
customElements.get('console-app') || customElements.define('console-app', ConsoleApp);
