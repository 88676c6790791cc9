import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  COLOURS,
  iframeSnippet,
  npmSnippet,
  ownOptions,
  scriptTagSnippet,
  shortcodeSnippet,
  THEMES,
  WIDGETS,
  type ConfiguratorOptions,
  type ServerInfo,
  type Theme,
  type WidgetTag,
} from './snippets.js';
import { styles } from './configurator.styles.js';
import { LANGUAGES } from '../core/i18n/languages.js';
import { ELECTION_KINDS, isIsoDate } from '@solidarity-widgets/rules/eligibility';

/** Every language the widgets speak (the registry), by its own name and its English one; empty = the page's `<html lang>`. */
const LANGUAGE_CHOICES = [
  { code: '', name: 'The page’s language' },
  ...LANGUAGES.map((l) => ({ code: l.tag, name: l.endonym === l.english ? l.english : `${l.endonym} (${l.english})` })),
];

const ELECTION_NAMES: Record<string, string> = {
  general: 'UK general election', local: 'Local elections', senedd: 'Senedd (Wales)', scottish_parliament: 'Scottish Parliament',
  ni_assembly: 'Northern Ireland Assembly', mayoral: 'Mayoral election', pcc: 'Police and crime commissioner',
};

const THEME_NAMES: Record<Theme, string> = { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s settings', 'high-contrast': 'High contrast' };

const PARTNER = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** `https://www.union.org` from whatever address was typed, or undefined when it is not an http(s) address. */
function originOf(raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

type SnippetKind = 'script' | 'iframe' | 'wordpress' | 'npm';

/**
 * @summary The configurator served at `/configure`: a partner picks widgets and options, sees them live, and copies
 * the snippet for a script tag, an iframe, WordPress or npm.
 *
 * The preview widgets are real ones, rendered in this element's light DOM (slot `preview`) so the page's CDN loader
 * finds and loads them like on a partner's page; colours are set on them through the CSSOM (no inline style, so
 * the page keeps its strict CSP).
 *
 * @attr api-origin - the API server's origin, used in the snippets (default: this page's origin)
 * @attr version - the widgets' version, for the pinned script tag
 * @attr integrity - the versioned loader's Subresource Integrity hash
 * @slot preview - filled by the element itself with the live preview
 */
export class SolidarityConfigurator extends LitElement {
  static override styles = styles;

  static override properties = {
    apiOrigin: { attribute: 'api-origin' },
    version: {},
    integrity: {},
    widgets: { state: true },
    partner: { state: true },
    language: { state: true },
    theme: { state: true },
    party: { state: true },
    electionType: { state: true },
    electionDate: { state: true },
    colours: { state: true },
    site: { state: true },
    status: { state: true },
  };

  apiOrigin = '';
  version = '';
  integrity = '';
  widgets: WidgetTag[] = ['find-your-constituency'];
  partner = '';
  language = '';
  theme: Theme = 'light';
  party = '';
  electionType = '';
  electionDate = '';
  colours: Record<string, string> = {};
  site = '';
  status = '';

  /** Light-DOM container of the preview widgets (slotted into the preview region). */
  private readonly previewHost = document.createElement('div');

  override connectedCallback(): void {
    super.connectedCallback();
    this.previewHost.slot = 'preview';
    if (!this.previewHost.isConnected) this.append(this.previewHost);
  }

  private get server(): ServerInfo {
    return { origin: this.apiOrigin || location.origin, version: this.version || undefined, integrity: this.integrity || undefined };
  }

  /** What the snippets use: only valid values (an invalid partner or site is shown as an error and left out). */
  private get options(): ConfiguratorOptions {
    return {
      widgets: WIDGETS.map((w) => w.tag).filter((t) => this.widgets.includes(t)),
      partner: PARTNER.test(this.partner) ? this.partner : '',
      lang: this.language,
      theme: this.theme,
      party: /^[a-z0-9-]{1,20}$/.test(this.party) ? this.party : '',
      electionType: this.electionType,
      electionDate: this.electionType && isIsoDate(this.electionDate) ? this.electionDate : '',
      colours: this.colours,
      siteOrigin: originOf(this.site) ?? '',
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renderPreview();
  }

  /** Keeps one live widget per chosen tag, in order, with the chosen attributes and colours. */
  private renderPreview(): void {
    const o = this.options;
    const existing = new Map([...this.previewHost.children].map((el) => [el.localName, el as HTMLElement]));
    const wanted = o.widgets.map((tag) => {
      const el = existing.get(tag) ?? document.createElement(tag);
      const set = (name: string, value: string) => (value ? el.setAttribute(name, value) : el.removeAttribute(name));
      if (this.apiOrigin) el.setAttribute('api-base', this.apiOrigin);
      set('partner', o.partner);
      set('lang', o.lang);
      set('theme', o.theme === 'light' ? '' : o.theme);
      const own = new Map(ownOptions(tag, o));
      for (const name of ['party', 'election-type', 'election-date']) set(name, own.get(name) ?? '');
      for (const { token } of COLOURS) {
        const value = o.colours[token];
        if (value) el.style.setProperty(token, value);
        else el.style.removeProperty(token);
      }
      return el;
    });
    // Only move what changed: a widget the supporter is typing into keeps its state.
    wanted.forEach((el, i) => {
      if (this.previewHost.children[i] !== el) this.previewHost.insertBefore(el, this.previewHost.children[i] ?? null);
    });
    for (const el of [...this.previewHost.children]) if (!wanted.includes(el as HTMLElement)) el.remove();
  }

  private toggleWidget(tag: WidgetTag, on: boolean): void {
    this.widgets = on ? [...this.widgets, tag] : this.widgets.filter((t) => t !== tag);
  }

  private setColour(token: string, value: string, fallback: string): void {
    const next = { ...this.colours };
    if (value.toLowerCase() === fallback) delete next[token];
    else next[token] = value.toLowerCase();
    this.colours = next;
  }

  private snippet(kind: SnippetKind): string {
    const o = this.options;
    if (kind === 'script') return scriptTagSnippet(o, this.server);
    if (kind === 'iframe') return iframeSnippet(o, this.server);
    if (kind === 'wordpress') return shortcodeSnippet(o);
    return npmSnippet(o, this.server);
  }

  private async copy(kind: SnippetKind, name: string): Promise<void> {
    const text = this.snippet(kind);
    try {
      await navigator.clipboard.writeText(text);
      this.status = `Copied the ${name}.`;
    } catch {
      // No clipboard permission (or an old browser): select the text so Ctrl+C / ⌘C copies it.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`);
      area?.focus();
      area?.select();
      this.status = `Your browser did not let this page copy. The ${name} is selected: press Ctrl+C (⌘C on a Mac).`;
    }
  }

  private renderSnippet(kind: SnippetKind, name: string, hint: TemplateResult | string): TemplateResult {
    const text = this.snippet(kind);
    return html`<div class="snippet">
      <div class="snippet-head">
        <h3 id="title-${kind}">${name[0]!.toUpperCase() + name.slice(1)}</h3>
        <button type="button" class="secondary" @click=${() => void this.copy(kind, name)}>Copy the ${name}</button>
      </div>
      <p class="hint" id="hint-${kind}">${hint}</p>
      <textarea
        id="snippet-${kind}"
        readonly
        spellcheck="false"
        rows=${Math.min(14, text.split('\n').length + 1)}
        aria-labelledby="title-${kind}"
        aria-describedby="hint-${kind}"
        .value=${text}
      ></textarea>
    </div>`;
  }

  protected override render(): TemplateResult {
    const o = this.options;
    const partnerInvalid = this.partner !== '' && !PARTNER.test(this.partner);
    const siteInvalid = this.site.trim() !== '' && !originOf(this.site);
    const partyInvalid = this.party !== '' && o.party === '';
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Options">
        <fieldset>
          <legend>Widgets</legend>
          ${WIDGETS.map(
            (w) => html`<div class="check">
              <input
                type="checkbox"
                id="w-${w.tag}"
                .checked=${this.widgets.includes(w.tag)}
                @change=${(e: Event) => this.toggleWidget(w.tag, (e.target as HTMLInputElement).checked)}
              />
              <label for="w-${w.tag}">${w.title}</label>
            </div>`,
          )}
        </fieldset>
        <fieldset>
          <legend>Your site</legend>
          <div class="field">
            <label for="partner">Partner name</label>
            <input
              type="text"
              id="partner"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="partner-hint${partnerInvalid ? ' partner-error' : ''}"
              aria-invalid=${partnerInvalid ? 'true' : 'false'}
              .value=${this.partner}
              @input=${(e: Event) => (this.partner = (e.target as HTMLInputElement).value.trim())}
            />
            <p class="hint" id="partner-hint">Lower case letters, digits and “-”, e.g. <code>unite-london</code>. Recorded with sign-ups and messages.</p>
            ${partnerInvalid ? html`<p class="error" id="partner-error">Use only lower case letters, digits and “-”, starting with a letter or digit.</p>` : nothing}
          </div>
          <div class="field">
            <label for="site">Your site’s address</label>
            <input
              type="url"
              id="site"
              inputmode="url"
              autocomplete="url"
              placeholder="https://www.your-union.org"
              aria-describedby="site-hint${siteInvalid ? ' site-error' : ''}"
              aria-invalid=${siteInvalid ? 'true' : 'false'}
              .value=${this.site}
              @input=${(e: Event) => (this.site = (e.target as HTMLInputElement).value)}
            />
            <p class="hint" id="site-hint">For the iframe: the embed reports its height and events to this site only. Ask the server’s operator to allow it.</p>
            ${siteInvalid ? html`<p class="error" id="site-error">Type the address of your site, e.g. https://www.your-union.org.</p>` : nothing}
          </div>
        </fieldset>
        <fieldset>
          <legend>Language and campaign</legend>
          <div class="field">
            <label for="lang">Language</label>
            <select id="lang" @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}>
              ${LANGUAGE_CHOICES.map((l) => html`<option value=${l.code} ?selected=${l.code === this.language}>${l.name}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="party">Party code</label>
            <input
              type="text"
              id="party"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="party-hint${partyInvalid ? ' party-error' : ''}"
              aria-invalid=${partyInvalid ? 'true' : 'false'}
              .value=${this.party}
              @input=${(e: Event) => (this.party = (e.target as HTMLInputElement).value.trim().toLowerCase())}
            />
            <p class="hint" id="party-hint">Optional: the party you campaign for (e.g. <code>lab</code>), for the seats to win and hold. Empty: neutral, by majority.</p>
            ${partyInvalid ? html`<p class="error" id="party-error">Use the party’s short code: letters, digits and “-”.</p>` : nothing}
          </div>
          <div class="field">
            <label for="election-type">Election</label>
            <select id="election-type" aria-describedby="election-hint" @change=${(e: Event) => (this.electionType = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${this.electionType === ''}>None set</option>
              ${ELECTION_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.electionType}>${ELECTION_NAMES[k] ?? k}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="election-date">Polling day</label>
            <input type="date" id="election-date" aria-describedby="election-hint" ?disabled=${this.electionType === ''}
              .value=${this.electionDate} @input=${(e: Event) => (this.electionDate = (e.target as HTMLInputElement).value)} />
            <p class="hint" id="election-hint">For the finder’s “Can I vote?” and the pledge: the election’s date, its registration deadline and the voter ID rule.</p>
          </div>
        </fieldset>
        <fieldset>
          <legend>Look</legend>
          <div class="field">
            <label for="theme">Theme</label>
            <select id="theme" @change=${(e: Event) => (this.theme = (e.target as HTMLSelectElement).value as Theme)}>
              ${THEMES.map((t) => html`<option value=${t} ?selected=${t === this.theme}>${THEME_NAMES[t]}</option>`)}
            </select>
          </div>
          ${COLOURS.map(
            (c) => html`<div class="colour">
              <label for="c${c.token}">${c.label} <code>${c.token}</code></label>
              <input
                type="color"
                id="c${c.token}"
                .value=${this.colours[c.token] ?? c.value}
                @input=${(e: Event) => this.setColour(c.token, (e.target as HTMLInputElement).value, c.value)}
              />
            </div>`,
          )}
          <button type="button" class="secondary" ?disabled=${Object.keys(this.colours).length === 0} @click=${() => (this.colours = {})}>
            Reset the colours
          </button>
          <p class="hint">Colours set here win over the theme. Keep text at 4.5:1 contrast or more.</p>
        </fieldset>
      </form>
      <div>
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">Preview</h2>
          <div class="preview">
            ${o.widgets.length === 0 ? html`<p>Choose at least one widget.</p>` : nothing}
            <slot name="preview"></slot>
          </div>
        </section>
        <section aria-labelledby="snippets-title">
          <h2 id="snippets-title">Paste into your site</h2>
          <p class="status" role="status">${this.status}</p>
          ${this.renderSnippet(
            'script',
            'script tag',
            this.server.version && this.server.integrity
              ? `Pinned to version ${this.server.version} with its Subresource Integrity hash: the browser refuses a changed file.`
              : 'The moving loader: it follows the server’s current version.',
          )}
          ${this.renderSnippet('iframe', 'iframe embed', 'For sites that allow only iframes. The script sizes each iframe to its content.')}
          ${this.renderSnippet('wordpress', 'WordPress shortcode', 'With the Solidarity Widgets plugin: one shortcode per widget, in any post or page.')}
          ${this.renderSnippet('npm', 'npm usage', 'For an app with a bundler (Vite, webpack…).')}
        </section>
      </div>
    </div>`;
  }
}
