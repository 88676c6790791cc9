import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { shareBlock } from '../core/share.js';
import { HttpError, newIdempotencyKey } from '@solidarity-widgets/sdk';
import {
  SOLIDARITY_MESSAGE_MAX,
  type SolidarityMessageRequest,
  type FieldError,
} from '@solidarity-widgets/contract';
import { graphemeCount } from '@solidarity-widgets/contract/graphemes';
import { retryableImport, secondStage } from '../core/lazy.js';
import { SolidarityElement, themeStyles } from '../core/index.js';
import { catalogue, type OwnMessageId } from './messages/index.js';
import { countryChoices, languageChoices } from './choices.js';
import { styles } from './send-solidarity.styles.js';
import { useRoutes } from '../core/client.js';

// The response schemas of the routes this widget calls, each loaded with its route's first request (alongside
// it), so neither this chunk nor the shared core carries them: see core/client.ts.
useRoutes({ sendSolidarityMessage: () => import('@solidarity-widgets/contract/json-schemas/sendSolidarityMessage') });

/** The check before sending and the thank-you (submit.ts): a lazy chunk, fetched once the supporter starts on the form. */
type SubmitModule = typeof import('./submit.js');
const loadSubmit = retryableImport(() => import('./submit.js'));

/** The form's fields, named as in the contract's `SolidarityMessageRequest`. */
type Field = 'name' | 'organisation' | 'country' | 'language' | 'message' | 'email' | 'consentToPublish';
const FIELD_ORDER: readonly Field[] = ['name', 'organisation', 'country', 'language', 'message', 'email', 'consentToPublish'];

interface Draft {
  name: string;
  organisation: string;
  country: string;
  /** Empty until the supporter picks one: then it follows the widget's language. */
  language: string;
  message: string;
  email: string;
  consentToPublish: boolean;
  /** Honeypot: people never see it, so anything here came from a bot. */
  website: string;
}

type Phase = 'form' | 'sending' | 'sent' | 'duplicate';

/** One send, kept so a retry after a failure sends the same body with the same Idempotency-Key. */
interface Attempt {
  readonly key: string;
  readonly fingerprint: string;
  readonly body: SolidarityMessageRequest;
}

/** The remaining-character levels the screen-reader announcement speaks at, so it is not read on every key press. */
const THRESHOLDS = [0, 10, 20, 50, 100] as const;


function emptyDraft(): Draft {
  return { name: '', organisation: '', country: '', language: '', message: '', email: '', consentToPublish: false, website: '' };
}

/**
 * @summary A form to send a message of solidarity. Messages are moderated before they
 * appear on a `<solidarity-wall>`.
 *
 * @fires {CustomEvent<SolidaritySentDetail>} solidarity-sent - When the server has received a message (`detail`: id, status, country, language; never name or email).
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart field - Each label-and-input group.
 * @csspart label - Each field's label.
 * @csspart hint - Hints under labels.
 * @csspart input - Text inputs and the message box.
 * @csspart select - The country and language lists.
 * @csspart message-input - The message box (also `input`).
 * @csspart counter - The character counter under the message.
 * @csspart checkbox - The consent checkbox.
 * @csspart field-error - An error next to a field.
 * @csspart alert - The summary of what went wrong.
 * @csspart retry - The "Try again" button after a failed send.
 * @csspart submit - The send button.
 * @csspart thanks - The thank-you panel after sending.
 * @csspart thanks-heading - The thank-you heading (focused after sending).
 * @csspart another - The "Send another message" button.
 *
 * @cssprop --sw-color-primary - Button and accent colour.
 * @cssprop --sw-color-on-primary - Text on the primary colour.
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-surface - Background.
 * @cssprop --sw-color-border - Input borders.
 * @cssprop --sw-color-error - Errors.
 * @cssprop --sw-color-success - The thank-you message.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-font-family - Font.
 * @cssprop --sw-line-height - line height of body text (default 1.5)
 * @cssprop --sw-letter-spacing - letter spacing (default normal)
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing.
 */
export class SendSolidarity extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, styles];

  static override properties = {
    ...SolidarityElement.properties,
    maxLength: { type: Number, attribute: 'max-length' },
    _draft: { state: true },
    _errors: { state: true },
    _phase: { state: true },
    _alert: { state: true },
    _canRetry: { state: true },
    _announcement: { state: true },
  };

  /** This widget's strings (the shared `common.*`/`field.*`/`form.*` ones come from the core). */
  protected override get catalogue() {
    return catalogue;
  }

  /** Longest message accepted, in characters (graphemes); at most the API's limit (500), which is also the default. */
  declare maxLength: number;
  declare private _draft: Draft;
  declare private _errors: ReadonlyMap<string, FieldError>;
  declare private _phase: Phase;
  declare private _alert: string;
  declare private _canRetry: boolean;
  declare private _announcement: string;

  /**
   * When the form was first shown (performance.now()). Sent as `elapsedMs`: the server marks very fast sends for
   * moderators (it never drops them). Not reset by "Send another message": the supporter has been here all along.
   */
  private shownAt: number | undefined;
  private attempt: Attempt | undefined;
  private counterBand = '';
  private sending = false;
  /** submit.ts, fetched once the form is in use; always loaded before anything was sent, so the thank-you can be drawn. */
  private readonly sendingCode = secondStage(loadSubmit, catalogue);
  private focusAfterRender: string | undefined;

  constructor() {
    super();
    this.maxLength = SOLIDARITY_MESSAGE_MAX;
    this._draft = emptyDraft();
    this._errors = new Map();
    this._phase = 'form';
    this._alert = '';
    this._canRetry = false;
    this._announcement = '';
  }

  private get max(): number {
    const n = Math.floor(Number(this.maxLength));
    return Number.isFinite(n) && n >= 1 ? Math.min(n, SOLIDARITY_MESSAGE_MAX) : SOLIDARITY_MESSAGE_MAX;
  }

  /** The language the message defaults to: the widget's own (base tag, e.g. `pl` for `pl-PL`). */
  private get defaultMessageLanguage(): string {
    return (this.language.split('-')[0] ?? 'en').toLowerCase();
  }

  private get messageLanguage(): string {
    return this._draft.language || this.defaultMessageLanguage;
  }

  /** Characters as the supporter sees them and as the server counts them (graphemes: ✊🏽 is one, not three). */
  private get messageLength(): number {
    return graphemeCount(this._draft.message.trim());
  }

  protected override firstUpdated(): void {
    this.shownAt ??= performance.now();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ---- input handling -------------------------------------------------------

  private set(field: keyof Draft, value: string | boolean): void {
    this._draft = { ...this._draft, [field]: value };
    // A corrected field stops shouting; others keep their errors until the next send.
    if (this._errors.has(field)) {
      const next = new Map(this._errors);
      next.delete(field);
      this._errors = next;
    }
    if (field === 'message') this.updateAnnouncement();
  }

  private onText(field: keyof Draft) {
    return (e: Event) => this.set(field, (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value);
  }

  /** Speaks the counter only when it crosses a threshold (100, 50, 20, 10, 0 left, or over), not on every key. */
  private updateAnnouncement(): void {
    const remaining = this.max - this.messageLength;
    let band = '';
    if (remaining < 0) band = 'over';
    else for (const t of THRESHOLDS) if (t < this.max && remaining <= t) { band = String(t); break; }
    if (band === this.counterBand) return;
    this.counterBand = band;
    if (band === '') return;
    this._announcement = remaining < 0 ? this.plural('solidarity.over', -remaining) : this.plural('solidarity.remaining', remaining);
  }

  /** `{base}.{one|few|…}` chosen by the widget language's plural rules. */
  private plural(base: 'solidarity.over' | 'solidarity.remaining', count: number): string {
    let category = 'other';
    try {
      category = new Intl.PluralRules(this.language).select(count);
    } catch {
      /* unknown language tag: English rules */
    }
    const id = `${base}.${category}`;
    return this.t(this.hasMessage(id) ? id : `${base}.other`, { count });
  }

  // ---- validation and sending -------------------------------------------------

  private body(): SolidarityMessageRequest {
    const d = this._draft;
    const body: SolidarityMessageRequest = {
      name: d.name,
      country: d.country,
      language: this.messageLanguage,
      message: d.message,
      consentToPublish: d.consentToPublish as true,
    };
    if (d.organisation.trim()) body.organisation = d.organisation;
    if (d.email.trim()) body.email = d.email.trim();
    if (d.website) body.website = d.website;
    return body;
  }

  private showFieldErrors(errors: readonly FieldError[]): void {
    this._errors = new Map(errors.map((e) => [e.field, e]));
    this._alert = this.t('form.fixErrors');
    this._canRetry = false;
    const first = FIELD_ORDER.find((f) => this._errors.has(f));
    this.focusAfterRender = first ? `#ss-${first}` : '[part~="alert"]';
  }

  /** Starts fetching submit.ts in the background (the supporter is filling in the form). */
  private prefetchSubmit(): void {
    this.sendingCode.prefetch();
  }

  private async onSubmit(e?: Event): Promise<void> {
    e?.preventDefault();
    if (this.sending) return; // a double click must not send twice
    this.sending = true;
    let submit: SubmitModule;
    try {
      submit = await this.sendingCode.get();
    } catch {
      // Offline before the sending code arrived: the same message and retry as a failed send; nothing is lost.
      this.sending = false;
      this._alert = this.t(globalThis.navigator?.onLine === false ? 'common.offline' : 'common.networkError');
      this._canRetry = true;
      this.focusAfterRender = '[part~="retry"]';
      return;
    }
    const body = this.body();
    const errors = submit.checkMessage(body, this.messageLength, this.max);
    if (errors.length) {
      this.sending = false;
      this.showFieldErrors(errors);
      return;
    }
    // The same words again after a failure: same body, same key, so the server records it once.
    const fingerprint = JSON.stringify(body);
    if (!this.attempt || this.attempt.fingerprint !== fingerprint) {
      const elapsedMs = Math.max(0, Math.round(performance.now() - (this.shownAt ?? performance.now())));
      this.attempt = { key: newIdempotencyKey(), fingerprint, body: { ...body, elapsedMs } };
    }
    const attempt = this.attempt;

    this._phase = 'sending';
    this._alert = '';
    this._canRetry = false;
    this._errors = new Map();
    try {
      const receipt = await this.api.sendSolidarityMessage(attempt.body, { idempotencyKey: attempt.key });
      this.attempt = undefined;
      this._phase = 'sent';
      this.focusAfterRender = '[part~="thanks-heading"]';
      this.countReferralAction('message');
      this.emit('solidarity-sent', {
        id: receipt.message.id,
        status: receipt.message.status,
        country: attempt.body.country,
        language: attempt.body.language,
      });
    } catch (error) {
      this._phase = 'form';
      this.handleError(error);
    } finally {
      this.sending = false;
    }
  }

  private handleError(error: unknown): void {
    if (error instanceof HttpError && error.code === 'duplicate_message') {
      this.attempt = undefined;
      this._phase = 'duplicate';
      this.focusAfterRender = '[part~="thanks-heading"]';
      return;
    }
    if (error instanceof HttpError && error.code === 'validation_failed' && error.fieldErrors.length) {
      const shown = error.fieldErrors.filter((f) => (FIELD_ORDER as readonly string[]).includes(f.field));
      if (shown.length) {
        this.showFieldErrors(shown);
        return;
      }
    }
    this._alert = this.describeError(error);
    const transient = this.isTransient(error);
    this._canRetry = transient;
    this.focusAfterRender = transient ? '[part~="retry"]' : '[part~="submit"]';
  }

  private sendAnother(): void {
    this._draft = { ...this._draft, message: '', consentToPublish: false, website: '' };
    this._errors = new Map();
    this._alert = '';
    this._announcement = '';
    this.counterBand = '';
    this.attempt = undefined;
    this._phase = 'form';
    this.focusAfterRender = '#ss-message';
  }

  // ---- rendering -------------------------------------------------------------

  private fieldError(field: Field): TemplateResult | typeof nothing {
    const error = this._errors.get(field);
    if (!error) return nothing;
    return html`<p class="error" id="ss-${field}-error" part="field-error">${this.errorText(error)}</p>`;
  }

  private errorText(error: FieldError): string {
    if (error.field === 'message' && error.code === 'too_long') {
      return this.t('solidarity.error.message.too_long', { max: this.max });
    }
    const own = `solidarity.error.${error.field}.${error.code}`;
    return this.hasMessage(own) ? this.t(own) : this.fieldMessage(error);
  }

  private describedBy(field: Field, ...extra: string[]): string {
    const ids = [...extra];
    if (this._errors.has(field)) ids.push(`ss-${field}-error`);
    return ids.join(' ');
  }

  private invalid(field: Field): 'true' | 'false' {
    return this._errors.has(field) ? 'true' : 'false';
  }

  private renderForm(): TemplateResult {
    const d = this._draft;
    const lang = this.language;
    const sending = this._phase === 'sending';
    const length = this.messageLength;
    const over = length > this.max;
    const messageLanguage = this.messageLanguage;
    const optional = html` <span class="optional">${this.t('common.optional')}</span>`;

    return html`
      <h2 part="heading">${this.t('solidarity.heading')}</h2>
      <form part="form" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${this.onSubmit} @focusin=${this.prefetchSubmit}>
        <div class="field" part="field">
          <label part="label" for="ss-name">${this.t('solidarity.name')}</label>
          <p class="hint" part="hint" id="ss-name-hint">${this.t('solidarity.nameHint')}</p>
          <input part="input" id="ss-name" name="name" type="text" autocomplete="name" required
            .value=${d.name} @input=${this.onText('name')}
            aria-invalid=${this.invalid('name')} aria-describedby=${this.describedBy('name', 'ss-name-hint')} />
          ${this.fieldError('name')}
        </div>

        <div class="field" part="field">
          <label part="label" for="ss-organisation">${this.t('solidarity.organisation')}${optional}</label>
          <input part="input" id="ss-organisation" name="organisation" type="text" autocomplete="organization"
            .value=${d.organisation} @input=${this.onText('organisation')}
            aria-invalid=${this.invalid('organisation')} aria-describedby=${this.describedBy('organisation')} />
          ${this.fieldError('organisation')}
        </div>

        <div class="row">
          <div class="field grow" part="field">
            <label part="label" for="ss-country">${this.t('solidarity.country')}</label>
            <select part="select" id="ss-country" name="country" required autocomplete="country"
              @change=${this.onText('country')}
              aria-invalid=${this.invalid('country')} aria-describedby=${this.describedBy('country')}>
              <option value="" ?selected=${d.country === ''}>${this.t('solidarity.chooseCountry')}</option>
              ${countryChoices(lang).map((c) => html`<option value=${c.value} ?selected=${c.value === d.country}>${c.label}</option>`)}
            </select>
            ${this.fieldError('country')}
          </div>

          <div class="field grow" part="field">
            <label part="label" for="ss-language">${this.t('solidarity.language')}</label>
            <select part="select" id="ss-language" name="language" required
              @change=${this.onText('language')}
              aria-invalid=${this.invalid('language')} aria-describedby=${this.describedBy('language')}>
              ${languageChoices(lang, this.defaultMessageLanguage).map(
                (c) => html`<option value=${c.value} ?selected=${c.value === messageLanguage}>${c.label}</option>`,
              )}
            </select>
            ${this.fieldError('language')}
          </div>
        </div>

        <div class="field" part="field">
          <label part="label" for="ss-message">${this.t('solidarity.message')}</label>
          <textarea part="input message-input" id="ss-message" name="message" rows="6" required dir="auto"
            lang=${messageLanguage}
            .value=${d.message} @input=${this.onText('message')}
            aria-invalid=${this.invalid('message')} aria-describedby=${this.describedBy('message', 'ss-counter')}></textarea>
          <p id="ss-counter" part="counter" class="counter ${over ? 'over' : ''}">
            ${this.t('solidarity.counter', { count: length, max: this.max })}${over
              ? html` <span>(${this.plural('solidarity.over', length - this.max)})</span>`
              : nothing}
          </p>
          ${this.fieldError('message')}
        </div>

        <div class="field" part="field">
          <label part="label" for="ss-email">${this.t('solidarity.email')}${optional}</label>
          <p class="hint" part="hint" id="ss-email-hint">${this.t('solidarity.emailHint')}</p>
          <input part="input" id="ss-email" name="email" type="email" autocomplete="email" inputmode="email"
            .value=${d.email} @input=${this.onText('email')}
            aria-invalid=${this.invalid('email')} aria-describedby=${this.describedBy('email', 'ss-email-hint')} />
          ${this.fieldError('email')}
        </div>

        <div class="field" part="field">
          <label part="label" class="check" for="ss-consentToPublish">
            <input part="checkbox" id="ss-consentToPublish" name="consentToPublish" type="checkbox" required
              .checked=${d.consentToPublish}
              @change=${(e: Event) => this.set('consentToPublish', (e.target as HTMLInputElement).checked)}
              aria-invalid=${this.invalid('consentToPublish')} aria-describedby=${this.describedBy('consentToPublish')} />
            <span>${this.t('solidarity.consent')}</span>
          </label>
          ${this.fieldError('consentToPublish')}
        </div>

        <!-- Honeypot: hidden from eyes, from the keyboard and from assistive technology. -->
        <div class="hp" aria-hidden="true">
          <label for="ss-website">${this.t('solidarity.website')}</label>
          <input id="ss-website" name="website" type="text" tabindex="-1" autocomplete="off"
            .value=${d.website} @input=${this.onText('website')} />
        </div>

        <div role="alert" part="alert" class="alert ${this._alert ? 'shown' : ''}" tabindex="-1">
          ${this._alert ? html`<p class="error">${this._alert}</p>` : nothing}
          ${this._alert && this._canRetry
            ? html`<button type="button" part="retry" class="secondary" @click=${() => void this.onSubmit()}>
                ${this.t('common.retry')}
              </button>`
            : nothing}
        </div>

        <button part="submit" type="submit" ?disabled=${sending}>
          ${sending ? this.t('solidarity.submitting') : this.t('solidarity.submit')}
        </button>
      </form>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</p>
      <p class="visually-hidden" role="status">${sending ? this.t('solidarity.submitting') : ''}</p>
    `;
  }

  override render(): TemplateResult {
    const done = this._phase === 'sent' || this._phase === 'duplicate';
    return html`<section part="base" dir=${this.direction} lang=${this.language}>
      ${done && this.sendingCode.loaded
        ? this.sendingCode.loaded.renderDone(this._phase === 'duplicate', (id) => this.t(id), () => this.sendAnother(), this.shareAfter())
        : this.renderForm()}
    </section>`;
  }

  /** "Ask others to join in" after the supporter acted, unless the partner set `share="off"` (docs/sharing.md). */
  private shareAfter(seat?: string): TemplateResult | typeof nothing {
    return shareBlock(this.shareOptions(seat));
  }
}
