import { html, nothing, type TemplateResult } from 'lit';
import { SolidarityElement, themeStyles } from '../core/index.js';
import { catalogue, type OwnMessageId } from './messages/index.js';
import { NETWORKS, fillShareText, networkUrl, newReferralCode, withReferral } from './referral.js';
import { styles } from './solidarity-share.styles.js';
import type { SolidaritySharedDetail } from './events.js';

/**
 * Offers to share after a supporter acted (docs/sharing.md). Not placed by partners: the widgets render it after a
 * lookup, a sign-up or a message, unless the partner set `share="off"` on the widget.
 *
 * Privacy: nothing is loaded or sent until the supporter picks a way to share. The links are plain links to the
 * networks' share pages (no third-party script, so a strict CSP holds), and each share action gets a fresh random
 * referral code (`?ref=`), so the partner can count what a share brought without anyone being followed.
 *
 * @fires {CustomEvent<SolidaritySharedDetail>} solidarity-shared - When the supporter shared (`detail.via`: `native`, a network, `email` or `copy`; never the text or link).
 *
 * @csspart base - The share block.
 * @csspart heading - "Ask others to join in".
 * @csspart native - The "Share…" button (where the device has a share sheet).
 * @csspart link - One network's share link, the email link.
 * @csspart copy - The "Copy link" button.
 */
export class SolidarityShare extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, styles];

  static override properties = {
    ...SolidarityElement.properties,
    seat: {},
    text: {},
    url: {},
    _code: { state: true },
    _copied: { state: true },
    _linksOnly: { state: true },
  };

  protected override get catalogue() {
    return catalogue;
  }

  /** The constituency the supporter acted for, filled into `{seat}`; empty when there is none. */
  declare seat: string;
  /** The partner's own text with `{seat}` and `{url}` placeholders; empty: the translated default. */
  declare text: string;
  /** The page to share; empty: this page. */
  declare url: string;
  declare private _code: string;
  declare private _copied: boolean;
  /** The device's share sheet failed (not cancelled): show the links instead. */
  declare private _linksOnly: boolean;

  constructor() {
    super();
    this.seat = '';
    this.text = '';
    this.url = '';
    this._code = newReferralCode();
    this._copied = false;
    this._linksOnly = false;
  }

  private get link(): string {
    return withReferral(this.url || globalThis.location.href, this._code);
  }

  private message(url: string): string {
    // The partner's own text goes in as written; the translated default isolates a left-to-right seat name (and the
    // link) in right-to-left languages, like every other sentence of the widgets.
    if (this.text) return fillShareText(this.text, this.seat, url);
    return this.t(this.seat ? 'share.textSeat' : 'share.text', { seat: this.seat, url }).trim();
  }

  /** Each share action gets its own code: the next one cannot be linked to this one. */
  private shared(via: SolidaritySharedDetail['via']): void {
    this._code = newReferralCode();
    this.emit('solidarity-shared', { via });
  }

  private async nativeShare(): Promise<void> {
    const url = this.link;
    try {
      await navigator.share({ text: this.message(''), url });
      this.shared('native');
    } catch (error) {
      // The supporter closing the sheet is not a failure; anything else (no permission, unsupported data): links.
      if (!(error instanceof DOMException && error.name === 'AbortError')) this._linksOnly = true;
    }
  }

  private async copy(): Promise<void> {
    const url = this.link;
    try {
      await navigator.clipboard.writeText(url);
      this._copied = true;
      this.shared('copy');
    } catch {
      // Clipboard refused (permissions, insecure page): select the address so the supporter can copy it.
      this._copied = false;
      const field = this.renderRoot.querySelector<HTMLInputElement>('input');
      field?.focus();
      field?.select();
    }
  }

  private renderLinks(): TemplateResult {
    const url = this.link;
    const text = this.message(url);
    const textWithoutUrl = this.message('');
    const mail = `mailto:?subject=${encodeURIComponent(this.t('share.subject'))}&body=${encodeURIComponent(text)}`;
    // After a click the code changes for the next share; the click itself follows the address it was shown with.
    const after = (via: SolidaritySharedDetail['via']) => () => setTimeout(() => this.shared(via));
    return html`
      <ul>
        ${NETWORKS.map(
          (n) => html`<li><a part="link" href=${networkUrl(n.id, text, textWithoutUrl, url)} target="_blank" rel="noopener noreferrer"
            @click=${after(n.id)}>${this.t('share.on', { network: n.name })}</a></li>`,
        )}
        <li><a part="link" href=${mail} @click=${after('email')}>${this.t('share.email')}</a></li>
        <li><button part="copy" type="button" class="secondary" @click=${this.copy}>${this.t('share.copy')}</button></li>
      </ul>
      <label class="visually-hidden" for="share-url">${this.t('share.address')}</label>
      <input id="share-url" class="visually-hidden" readonly .value=${url} tabindex="-1" />
    `;
  }

  override render(): TemplateResult {
    const native = typeof navigator.share === 'function' && !this._linksOnly;
    return html`<section part="base" dir=${this.direction} lang=${this.language} aria-labelledby="share-heading">
      <h3 part="heading" id="share-heading">${this.t('share.heading')}</h3>
      ${native
        ? html`<button part="native" type="button" @click=${this.nativeShare}>${this.t('share.native')}</button>`
        : this.renderLinks()}
      <p class="visually-hidden" role="status">${this._copied ? this.t('share.copied') : nothing}</p>
    </section>`;
  }
}
