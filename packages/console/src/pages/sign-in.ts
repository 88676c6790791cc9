import { html, nothing } from 'lit';
import { isLanguage } from '../i18n.js';
import { ConsolePage } from '../page.js';
import { href, safeNext } from '../router.js';

const NEXT_KEY = 'console-next';
import { redeemSignInLink, requestSignInLink } from '../session.js';

/**
 * Sign-in: an email address, then "check your email" whatever the address (the server answers the same for
 * unknown ones). With `?token=` (the emailed link) it shows one button that POSTs: never on load, so a mail
 * scanner that follows the link cannot use it up.
 */
export class ConsoleSignIn extends ConsolePage {
  static override properties = {
    ...ConsolePage.properties,
    token: {},
    next: {},
    expired: { type: Boolean },
    sentTo: { state: true },
    busy: { state: true },
    failed: { state: true },
  };

  declare token: string | undefined;
  declare next: string | undefined;
  declare expired: boolean;
  declare sentTo: string | undefined;
  declare busy: boolean;
  declare failed: string | undefined;

  constructor() {
    super();
    this.token = undefined;
    this.next = undefined;
    this.expired = false;
    this.sentTo = undefined;
    this.busy = false;
    this.failed = undefined;
  }

  override get pageTitle(): string {
    if (this.sentTo !== undefined) return this.t('signIn.sent');
    return this.token ? this.t('link.title') : this.t('signIn.title');
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = new FormData(event.target as HTMLFormElement).get('email');
    if (typeof email !== 'string' || !email.trim()) return;
    this.busy = true;
    this.failed = undefined;
    try {
      await requestSignInLink(email.trim(), isLanguage(this.lang) ? this.lang : 'en');
      // The emailed link opens a new tab without ?next=: remember here where they were going.
      if (this.next) sessionStorage.setItem(NEXT_KEY, this.next);
      this.sentTo = email.trim();
      await this.updateComplete;
      this.heading?.focus();
    } catch (error) {
      this.failed = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  async #redeem(): Promise<void> {
    if (!this.token) return;
    this.busy = true;
    this.failed = undefined;
    try {
      await redeemSignInLink(this.token);
      const next = this.next ?? safeNext(sessionStorage.getItem(NEXT_KEY)) ?? href('/');
      sessionStorage.removeItem(NEXT_KEY);
      this.dispatchEvent(new CustomEvent('console-signed-in', { detail: next, bubbles: true, composed: true }));
    } catch {
      this.failed = this.t('link.failed');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const error = this.failed ? html`<p class="status error" role="alert">${this.failed}</p>` : nothing;
    if (this.sentTo !== undefined) {
      return html`${this.renderHeading()}<p role="status">${this.t('signIn.sentText', { email: this.sentTo })}</p>`;
    }
    if (this.token) {
      return html`${this.renderHeading()}
        <p>${this.t('link.text')}</p>
        <div class="actions"><button type="button" ?disabled=${this.busy} @click=${this.#redeem}>${this.t('link.button')}</button></div>
        ${error}
        ${this.failed ? html`<p><a href=${href('/sign-in')}>${this.t('link.again')}</a></p>` : nothing}`;
    }
    return html`${this.renderHeading()}
      ${this.expired ? html`<p class="status" role="status">${this.t('signIn.expired')}</p>` : nothing}
      <p>${this.t('signIn.intro')}</p>
      <form @submit=${this.#send}>
        <label for="email">${this.t('signIn.email')}</label>
        <input id="email" name="email" type="email" autocomplete="email" required />
        <div class="actions"><button type="submit" ?disabled=${this.busy}>${this.t('signIn.send')}</button></div>
      </form>
      ${error}`;
  }
}
customElements.get('console-sign-in') || customElements.define('console-sign-in', ConsoleSignIn);
