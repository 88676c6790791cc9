import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HttpError, newIdempotencyKey } from '@solidarity-widgets/sdk';
import {
  INTRODUCTION_OFFERS,
  ORGANISATION_TYPES,
  type IntroductionRequest,
  type FieldError,
  type PostcodeLookup,
} from '@solidarity-widgets/contract';
import { SolidarityElement } from '../core/solidarity-element.js';
import { themeStyles } from '../core/theme.styles.js';
import { formatNumber } from '../core/i18n/localize.js';
import { formatList } from '../core/i18n/format.js';
import { commonLanguagesFor } from '../sign-up-to-canvass/languages.js';
import { retryableImport, secondStage } from '../core/lazy.js';
import { catalogue, type OwnMessageId } from './messages/index.js';
import { styles } from './connect-locally.styles.js';
import { useRoutes } from '../core/client.js';

// The response schemas of the routes this widget calls, each loaded with its route's first request (alongside
// it), so neither this chunk nor the shared core carries them: see core/client.ts.
useRoutes({
  getConstituency: () => import('@solidarity-widgets/contract/json-schemas/getConstituency'),
  lookupPostcode: () => import('@solidarity-widgets/contract/json-schemas/lookupPostcode'),
  requestIntroduction: () => import('@solidarity-widgets/contract/json-schemas/requestIntroduction'),
});

/** Fields in the order they are shown; the first with an error gets focus. `area` stands for `constituencies`. */
type Field =
  | 'organisation' | 'organisationType' | 'communities' | 'languages' | 'area' | 'contactName' | 'email' | 'offers' | 'message'
  | 'consentToContact';
const FIELD_ORDER: readonly Field[] = [
  'organisation', 'organisationType', 'communities', 'languages', 'area', 'contactName', 'email', 'offers', 'message', 'consentToContact',
];

export interface Seat {
  code: string;
  name: string;
  /** Share of the postcode area in this seat, when the lookup says. */
  share?: number | null;
}

export interface Draft {
  organisation: string;
  organisationType: string;
  communities: string;
  languages: readonly string[];
  otherLanguages: string;
  postcode: string;
  /** Seats the organisation works in (chosen, or the only one a postcode gave). */
  seats: readonly Seat[];
  contactName: string;
  email: string;
  offers: readonly string[];
  message: string;
  consentToContact: boolean;
  listInDirectory: boolean;
  showContactInDirectory: boolean;
}

type Phase = 'form' | 'sending' | 'sent';

/** One send, kept so a retry after a failure sends the same body with the same Idempotency-Key. */
interface Attempt {
  readonly key: string;
  readonly fingerprint: string;
  readonly body: IntroductionRequest;
}


/** Sending and the confirmation (submit.ts): a lazy chunk, fetched once the organisation starts on the form. */
type SubmitModule = typeof import('./submit.js');
const loadSubmit = retryableImport(() => import('./submit.js'));

const emptyDraft = (): Draft => ({
  organisation: '', organisationType: '', communities: '', languages: [], otherLanguages: '', postcode: '', seats: [],
  contactName: '', email: '', offers: [], message: '', consentToContact: false, listInDirectory: false, showContactInDirectory: false,
});

/**
 * @summary A form for organisations (a union branch, a diaspora association, a community group…) to ask to be
 * introduced to the local campaign in the constituencies where they work, and optionally to be listed in the
 * public groups directory (`<local-groups>`).
 *
 * Takes a `constituency` GSS code or a `postcode` to start from, and follows `<find-your-constituency>` on the same
 * page (its latest `constituency-found` event, keeping everything else typed) unless the organisation chose the area in
 * this form itself, or `follow="false"`.
 *
 * @fires {CustomEvent<IntroductionRequestedDetail>} introduction-requested - when the server has received the request; `detail` is `{ id, constituencies, organisationType, offers, listing }` (no names, no email).
 *
 * @csspart base - the wrapper
 * @csspart heading - the widget's title
 * @csspart form - the form
 * @csspart field - each label-and-input group
 * @csspart label - each field's label
 * @csspart hint - hints under labels
 * @csspart input - text inputs and the message box
 * @csspart select - the organisation type list
 * @csspart checkbox - every checkbox (languages, offers, seats, consent, directory)
 * @csspart area - the area group (postcode, seats)
 * @csspart postcode-button - the button that finds the constituencies for a postcode
 * @csspart seats - the list of seats to choose from when a postcode spans several
 * @csspart field-error - an error next to a field
 * @csspart alert - the summary of what went wrong
 * @csspart retry - the "Try again" button after a failed send
 * @csspart submit - the send button
 * @csspart thanks - the confirmation after sending
 * @csspart thanks-heading - the confirmation's heading (focused after sending)
 * @csspart another - the "Send another introduction" button
 *
 * @cssprop --sw-color-primary - buttons
 * @cssprop --sw-color-on-primary - text on buttons
 * @cssprop --sw-color-text - text
 * @cssprop --sw-color-surface - background
 * @cssprop --sw-color-border - input borders
 * @cssprop --sw-color-error - errors
 * @cssprop --sw-color-success - the confirmation
 * @cssprop --sw-color-focus - focus ring
 * @cssprop --sw-font-family - font
 * @cssprop --sw-line-height - line height of body text (default 1.5)
 * @cssprop --sw-letter-spacing - letter spacing (default normal)
 * @cssprop --sw-radius - corner radius
 * @cssprop --sw-space - spacing unit
 */
export class ConnectLocally extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, styles];

  static override properties = {
    ...SolidarityElement.properties,
    constituency: {},
    postcode: {},
    follow: { converter: (value: string | null) => value !== 'false' },
    _draft: { state: true },
    _errors: { state: true },
    _phase: { state: true },
    _alert: { state: true },
    _canRetry: { state: true },
    _choices: { state: true },
    _areaBusy: { state: true },
    _areaError: { state: true },
    _receipt: { state: true },
  };

  /** A GSS code to start from, e.g. `E14001331`. */
  declare constituency: string | undefined;
  /** A postcode (or outcode) to look up on start. */
  declare postcode: string | undefined;
  /** Follow `constituency-found` from a finder on the page (the latest one) unless the area was chosen here. On by default. */
  declare follow: boolean;

  declare private _draft: Draft;
  declare private _errors: ReadonlyMap<string, string>;
  declare private _phase: Phase;
  declare private _alert: string;
  declare private _canRetry: boolean;
  /** Seats to choose from when a postcode spans several; null when there is nothing to choose. */
  declare private _choices: { query: string; seats: Seat[] } | null;
  declare private _areaBusy: boolean;
  declare private _areaError: string;
  declare private _receipt: { organisation: string; email: string; seats: string; listing: boolean } | null;
  /** submit.ts, fetched once the form is in use; always loaded before anything was sent, so the confirmation can be drawn. */
  private readonly sendingCode = secondStage(loadSubmit, catalogue);

  private attempt: Attempt | undefined;
  private sending = false;
  private focusAfterRender: string | undefined;
  private areaSeq = 0;
  /** The area lookup in flight (a postcode, or naming a seat code); aborted when a newer answer makes it stale. */
  private areaRequest: AbortController | undefined;
  /**
   * Where the seats came from. The page (attributes, the finder's `constituency-found`) is followed to its latest
   * word; a choice the organisation made in this form (its own postcode, a ticked seat) is theirs and is kept.
   */
  private areaFrom: 'page' | 'form' = 'page';
  /** The element focused inside this widget before a render, to rescue focus if the render removes it. */
  private focusedBeforeRender: Element | null = null;

  private readonly onFound = (event: HTMLElementEventMap['constituency-found']) => {
    if (!this.follow || this._phase !== 'form') return;
    if (this.areaFrom === 'form' && (this._draft.seats.length > 0 || this._areaBusy || this._choices)) return;
    const { code, name, postcodeArea } = event.detail;
    this.newAreaRequest(); // an older lookup's answer must not replace this one
    this.areaFrom = 'page';
    // Only the area changes: everything else the organisation typed stays as it is.
    this._draft = { ...this._draft, seats: [{ code, name }], postcode: postcodeArea };
    this._choices = null;
    this._areaBusy = false;
    this._areaError = '';
    this.clearError('area');
  };

  /** Aborts the area request in flight (its answer is stale) and starts a new sequence number and signal. */
  private newAreaRequest(): { seq: number; signal: AbortSignal } {
    this.areaRequest?.abort();
    this.areaRequest = new AbortController();
    return { seq: ++this.areaSeq, signal: this.areaRequest.signal };
  }

  protected override get catalogue() {
    return catalogue;
  }

  constructor() {
    super();
    this.follow = true;
    this._draft = emptyDraft();
    this._errors = new Map();
    this._phase = 'form';
    this._alert = '';
    this._canRetry = false;
    this._choices = null;
    this._areaBusy = false;
    this._areaError = '';
    this._receipt = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.document?.addEventListener('constituency-found', this.onFound as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.document?.removeEventListener('constituency-found', this.onFound as EventListener);
    this.areaRequest?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('constituency') && this.constituency) void this.startFrom(this.constituency);
    if (changed.has('postcode') && this.postcode && !this.constituency) {
      this._draft = { ...this._draft, postcode: this.postcode };
      this.areaFrom = 'page';
      void this.findSeats();
    }
    this.focusedBeforeRender = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const lost = this.focusedBeforeRender !== null && !this.focusedBeforeRender.isConnected;
    this.focusedBeforeRender = null;
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    } else if (lost) {
      // The focused control was replaced (the postcode box by the chosen seat): keep focus in the same place
      // rather than let it fall to <body>. Never taken from elsewhere on the page: only when it was inside us.
      this.renderRoot.querySelector<HTMLElement>('#cl-chosen, #cl-postcode, [part~="thanks-heading"]')?.focus();
    }
  }

  /** A seat given by attribute: shown at once by its code, named when the API answers. */
  private async startFrom(code: string): Promise<void> {
    const { seq, signal } = this.newAreaRequest();
    this.areaFrom = 'page';
    this._draft = { ...this._draft, seats: [{ code, name: code }] };
    try {
      const seat = await this.api.getConstituency(code, { signal });
      if (seq === this.areaSeq && this._draft.seats.length === 1 && this._draft.seats[0]?.code === code) {
        this._draft = { ...this._draft, seats: [{ code, name: seat.name }] };
      }
    } catch {
      // The code is still sent; the server says if it is wrong.
    }
  }

  // ---- input ---------------------------------------------------------------------------------------------

  private clearError(field: Field): void {
    if (!this._errors.has(field)) return;
    const next = new Map(this._errors);
    next.delete(field);
    this._errors = next;
  }

  private set<K extends keyof Draft>(field: K, value: Draft[K]): void {
    this._draft = { ...this._draft, [field]: value };
    const shown: Field = field === 'otherLanguages' ? 'languages' : field === 'seats' || field === 'postcode' ? 'area' : (field as Field);
    this.clearError(shown);
  }

  private onText(field: 'organisation' | 'organisationType' | 'communities' | 'otherLanguages' | 'postcode' | 'contactName' | 'email' | 'message') {
    return (e: Event) => this.set(field, (e.target as HTMLInputElement).value);
  }

  private toggle(field: 'languages' | 'offers', value: string) {
    return (e: Event) => {
      const on = (e.target as HTMLInputElement).checked;
      const list = this._draft[field].filter((v) => v !== value);
      this.set(field, on ? [...list, value] : list);
    };
  }

  private toggleSeat(seat: Seat) {
    return (e: Event) => {
      this.areaFrom = 'form';
      const on = (e.target as HTMLInputElement).checked;
      const list = this._draft.seats.filter((s) => s.code !== seat.code);
      this.set('seats', on ? [...list, seat] : list);
    };
  }

  /** Looks the postcode up with the API (the same lookup as the finder); one seat is taken, several are offered. */
  private async findSeats(fromForm = false): Promise<void> {
    if (fromForm) this.areaFrom = 'form';
    const raw = this._draft.postcode;
    // The API has the final word on what a postcode is; only refuse what cannot be one.
    const query = raw.trim().toUpperCase().replace(/\s+/g, ' ');
    // Punctuation such as "SE6-4AA" or "SE6 4AA." is left for the API, which reads it as the postcode meant.
    const checked = { ok: query !== '' && query.length <= 16 && /^[A-Z0-9 .,\-\u2010-\u2015]+$/.test(query) && /[A-Z0-9]/.test(query), query };
    this._choices = null;
    if (!checked.ok) {
      this._areaError = this.t('connect.error.postcode.invalid');
      this.focusAfterRender = '#cl-postcode';
      return;
    }
    const { seq, signal } = this.newAreaRequest();
    this._areaBusy = true;
    this._areaError = '';
    try {
      const lookup: PostcodeLookup = await this.api.lookupPostcode(checked.query, { signal });
      if (seq !== this.areaSeq) return;
      const seats = lookup.matches.map((m) => ({ code: m.constituency.code, name: m.constituency.name, share: m.share }));
      if (seats.length === 1) {
        this.set('seats', seats);
        // The postcode box gives way to the answer: say it where the supporter is (when they asked, not the page).
        if (fromForm) this.focusAfterRender = '#cl-chosen';
      } else if (seats.length > 1) {
        this.set('seats', []);
        this._choices = { query: lookup.query, seats };
        this.focusAfterRender = '#cl-seats-legend';
      } else {
        this._areaError = this.t('connect.error.postcode.notFound', { postcode: lookup.query });
      }
    } catch (error) {
      if (seq !== this.areaSeq) return;
      const code = error instanceof HttpError ? error.code : undefined;
      if (code === 'postcode_invalid') this._areaError = this.t('connect.error.postcode.invalid');
      else if (code === 'postcode_not_found') this._areaError = this.t('connect.error.postcode.notFound', { postcode: checked.query });
      else if (code === 'postcode_outside_constituencies') this._areaError = this.t('connect.error.postcode.outside', { postcode: checked.query });
      else this._areaError = this.describeError(error);
      this.focusAfterRender = '#cl-postcode';
    } finally {
      if (seq === this.areaSeq) this._areaBusy = false;
    }
  }

  private changeArea(): void {
    this.areaFrom = 'form';
    this.set('seats', []);
    this._choices = null;
    this.focusAfterRender = '#cl-postcode';
  }

  // ---- validation and sending ----------------------------------------------------------------------------

  /** A field error in the widget's language: its own sentence when there is one, else the shared one. */
  private errorText(error: FieldError): string {
    const field = error.field.startsWith('constituencies') ? 'area' : error.field.split('.')[0] ?? error.field;
    const code = field === 'area' ? 'required' : field === 'organisationType' && error.code === 'invalid_value' ? 'required' : error.code;
    const own = `connect.error.${field}.${code}`;
    return this.hasMessage(own) ? this.t(own) : this.fieldMessage({ ...error, field, code });
  }

  private collect(errors: readonly FieldError[], unknownLanguage?: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of errors) {
      const field = e.field.startsWith('constituencies') ? 'area' : e.field.split('.')[0] ?? e.field;
      if (!out.has(field)) out.set(field, this.errorText(e));
    }
    if (unknownLanguage !== undefined && !out.has('languages')) {
      out.set('languages', this.t('connect.error.languages.unknown', { language: unknownLanguage }));
    }
    return out;
  }

  private showFieldErrors(errors: Map<string, string>): void {
    this._errors = errors;
    this._alert = this.t('form.fixErrors');
    this._canRetry = false;
    const first = FIELD_ORDER.find((f) => errors.has(f));
    this.focusAfterRender = first ? `#cl-${first === 'area' ? 'postcode' : first === 'offers' ? 'offers-legend' : first === 'languages' ? 'otherLanguages' : first}` : '[part~="alert"]';
  }

  /** Starts fetching submit.ts in the background (the organisation is filling in the form). */
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
    const { body, errors: problems, unknownLanguage } = submit.checkIntroduction(this._draft, this.language);
    const errors = this.collect(problems, unknownLanguage);
    if (errors.size > 0) {
      this.sending = false;
      this.showFieldErrors(errors);
      return;
    }
    const fingerprint = JSON.stringify(body);
    if (!this.attempt || this.attempt.fingerprint !== fingerprint) this.attempt = { key: newIdempotencyKey(), fingerprint, body };
    const attempt = this.attempt;

    this._phase = 'sending';
    this._alert = '';
    this._canRetry = false;
    this._errors = new Map();
    try {
      const receipt = await this.api.requestIntroduction(attempt.body, { idempotencyKey: attempt.key });
      this.attempt = undefined;
      this._receipt = {
        organisation: attempt.body.organisation.trim(),
        email: attempt.body.email,
        seats: formatList(this.language, receipt.introduction.constituencies.map((c) => c.name)),
        listing: receipt.introduction.listing === 'pending',
      };
      this._phase = 'sent';
      this.focusAfterRender = '[part~="thanks-heading"]';
      this.emit('introduction-requested', {
        id: receipt.introduction.id,
        constituencies: receipt.introduction.constituencies.map((c) => c.code),
        organisationType: attempt.body.organisationType,
        offers: [...attempt.body.offers],
        listing: receipt.introduction.listing,
      });
    } catch (error) {
      this._phase = 'form';
      this.handleError(error);
    } finally {
      this.sending = false;
    }
  }

  private handleError(error: unknown): void {
    if (error instanceof HttpError && error.code === 'validation_failed' && error.fieldErrors.length) {
      const shown = this.collect(error.fieldErrors.filter((f) => FIELD_ORDER.includes((f.field.startsWith('constituencies') ? 'area' : f.field.split('.')[0]) as Field)));
      if (shown.size) {
        this.showFieldErrors(shown);
        return;
      }
    }
    this._alert = this.describeError(error);
    const transient = this.isTransient(error);
    this._canRetry = transient;
    this.focusAfterRender = transient ? '[part~="retry"]' : '[part~="submit"]';
  }

  private another(): void {
    // Same organisation, same person: keep who they are, clear what this request was about.
    this._draft = { ...this._draft, seats: [], postcode: '', message: '', consentToContact: false };
    this._choices = null;
    this._receipt = null;
    this._phase = 'form';
    this.focusAfterRender = '#cl-postcode';
  }

  // ---- rendering -----------------------------------------------------------------------------------------

  private fieldError(field: Field): TemplateResult | typeof nothing {
    const message = this._errors.get(field);
    return message ? html`<p class="error" id="cl-${field}-error" part="field-error">${message}</p>` : nothing;
  }

  private describedBy(field: Field, ...extra: string[]): string {
    return [...extra, ...(this._errors.has(field) ? [`cl-${field}-error`] : [])].join(' ');
  }

  private invalid(field: Field): 'true' | 'false' {
    return this._errors.has(field) ? 'true' : 'false';
  }

  private textField(field: 'organisation' | 'communities' | 'contactName' | 'email', label: string, opts: { hint?: string; optional?: boolean; type?: string; autocomplete?: string } = {}): TemplateResult {
    const hintId = opts.hint ? `cl-${field}-hint` : '';
    return html`<div class="field" part="field">
      <label part="label" for="cl-${field}">${label}${opts.optional ? html` <span class="optional">${this.t('common.optional')}</span>` : nothing}</label>
      ${opts.hint ? html`<p class="hint" part="hint" id=${hintId}>${opts.hint}</p>` : nothing}
      <input part="input" id="cl-${field}" name=${field} type=${opts.type ?? 'text'} autocomplete=${opts.autocomplete ?? 'off'}
        ?required=${!opts.optional} .value=${this._draft[field]} @input=${this.onText(field)}
        aria-invalid=${this.invalid(field)} aria-describedby=${this.describedBy(field, ...(hintId ? [hintId] : []))} />
      ${this.fieldError(field)}
    </div>`;
  }

  private renderArea(): TemplateResult {
    const d = this._draft;
    const choices = this._choices;
    const chosen = !choices && d.seats.length > 0;
    const postcodeError = this._areaError;
    return html`<fieldset part="area" class="area" aria-describedby="cl-area-hint ${this._errors.has('area') ? 'cl-area-error' : ''}">
      <legend id="cl-area-legend">${this.t('connect.area')}</legend>
      <p class="hint" part="hint" id="cl-area-hint">${this.t('connect.areaHint')}</p>
      ${chosen
        ? html`<p class="chosen" id="cl-chosen" tabindex="-1">${d.seats.map((s) => this.t('connect.chosenSeat', { name: s.name })).join(' · ')}</p>
            <button type="button" class="secondary" @click=${this.changeArea}>${this.t('connect.changeArea')}</button>`
        : html`<div class="row">
            <div class="grow">
              <label part="label" for="cl-postcode">${this.t('connect.postcode')}</label>
              <input part="input" id="cl-postcode" name="postcode" type="text" autocomplete="postal-code" autocapitalize="characters"
                spellcheck="false" maxlength="16" .value=${d.postcode} @input=${this.onText('postcode')}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void this.findSeats(true);
                  }
                }}
                aria-invalid=${postcodeError || this._errors.has('area') ? 'true' : 'false'}
                aria-describedby=${[postcodeError ? 'cl-postcode-error' : '', this._errors.has('area') ? 'cl-area-error' : ''].filter(Boolean).join(' ')} />
            </div>
            <!-- aria-disabled, not disabled: a disabled button drops the focus it holds to <body> while the lookup runs. -->
            <button part="postcode-button" type="button" class="secondary" aria-disabled=${this._areaBusy ? 'true' : 'false'}
              @click=${() => void (this._areaBusy || this.findSeats(true))}>
              ${this._areaBusy ? this.t('connect.findingSeats') : this.t('connect.findSeats')}
            </button>
          </div>
          ${postcodeError ? html`<p class="error" id="cl-postcode-error" part="field-error" role="alert">${postcodeError}</p>` : nothing}
          ${choices
            ? html`<fieldset part="seats" class="seats">
                <legend id="cl-seats-legend" tabindex="-1">${this.t('connect.chooseSeats', { postcode: choices.query })}</legend>
                ${choices.seats.map(
                  (s) => html`<label class="check">
                    <input part="checkbox" type="checkbox" .checked=${d.seats.some((x) => x.code === s.code)} @change=${this.toggleSeat(s)} />
                    <span><bdi>${s.name}</bdi>${typeof s.share === 'number'
                      ? html` <span class="muted">(${formatNumber(this.language, s.share, { style: 'percent', maximumFractionDigits: 0 })})</span>`
                      : nothing}</span>
                  </label>`,
                )}
              </fieldset>`
            : nothing}`}
      ${this.fieldError('area')}
    </fieldset>`;
  }

  private renderForm(): TemplateResult {
    const d = this._draft;
    const sending = this._phase === 'sending';
    const optional = html` <span class="optional">${this.t('common.optional')}</span>`;
    return html`
      <h2 part="heading">${this.t('connect.heading')}</h2>
      <p>${this.t('connect.intro')}</p>
      <form part="form" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${this.onSubmit} @focusin=${this.prefetchSubmit}>
        ${this.textField('organisation', this.t('connect.organisation'), { autocomplete: 'organization' })}

        <div class="field" part="field">
          <label part="label" for="cl-organisationType">${this.t('connect.organisationType')}</label>
          <select part="select" id="cl-organisationType" name="organisationType" required @change=${this.onText('organisationType')}
            aria-invalid=${this.invalid('organisationType')} aria-describedby=${this.describedBy('organisationType')}>
            <option value="" ?selected=${d.organisationType === ''}>${this.t('connect.chooseType')}</option>
            ${ORGANISATION_TYPES.map((type) => html`<option value=${type} ?selected=${d.organisationType === type}>${this.t(`connect.type.${type}`)}</option>`)}
          </select>
          ${this.fieldError('organisationType')}
        </div>

        ${this.textField('communities', this.t('connect.communities'), { hint: this.t('connect.communitiesHint'), optional: true })}

        <fieldset part="field" class="field languages" aria-describedby=${this.describedBy('languages')}>
          <legend>${this.t('connect.languages')}${optional}</legend>
          <div class="grid">
            ${commonLanguagesFor(this.language).map(
              (l) => html`<label class="check">
                <input part="checkbox" type="checkbox" name="languages" value=${l.tag} .checked=${d.languages.includes(l.tag)} @change=${this.toggle('languages', l.tag)} />
                <span lang=${l.tag}>${l.name}</span>
              </label>`,
            )}
          </div>
          <label part="label" for="cl-otherLanguages">${this.t('connect.otherLanguages')}</label>
          <p class="hint" part="hint" id="cl-otherLanguages-hint">${this.t('connect.otherLanguagesHint')}</p>
          <input part="input" id="cl-otherLanguages" name="otherLanguages" type="text" .value=${d.otherLanguages} @input=${this.onText('otherLanguages')}
            aria-invalid=${this.invalid('languages')} aria-describedby=${this.describedBy('languages', 'cl-otherLanguages-hint')} />
          ${this.fieldError('languages')}
        </fieldset>

        ${this.renderArea()}

        ${this.textField('contactName', this.t('connect.contactName'), { autocomplete: 'name' })}
        ${this.textField('email', this.t('connect.email'), { hint: this.t('connect.emailHint'), type: 'email', autocomplete: 'email' })}

        <fieldset part="field" class="field" aria-describedby=${this.describedBy('offers')}>
          <legend id="cl-offers-legend" tabindex="-1">${this.t('connect.offers')}${optional}</legend>
          ${INTRODUCTION_OFFERS.map(
            (offer) => html`<label class="check">
              <input part="checkbox" type="checkbox" name="offers" value=${offer} .checked=${d.offers.includes(offer)} @change=${this.toggle('offers', offer)} />
              <span>${this.t(`connect.offer.${offer}`)}</span>
            </label>`,
          )}
          ${this.fieldError('offers')}
        </fieldset>

        <div class="field" part="field">
          <label part="label" for="cl-message">${this.t('connect.message')}${optional}</label>
          <p class="hint" part="hint" id="cl-message-hint">${this.t('connect.messageHint')}</p>
          <textarea part="input" id="cl-message" name="message" rows="4" dir="auto" .value=${d.message} @input=${this.onText('message')}
            aria-invalid=${this.invalid('message')} aria-describedby=${this.describedBy('message', 'cl-message-hint')}></textarea>
          ${this.fieldError('message')}
        </div>

        <div class="field" part="field">
          <label part="label" class="check" for="cl-consentToContact">
            <input part="checkbox" id="cl-consentToContact" name="consentToContact" type="checkbox" required .checked=${d.consentToContact}
              @change=${(e: Event) => this.set('consentToContact', (e.target as HTMLInputElement).checked)}
              aria-invalid=${this.invalid('consentToContact')} aria-describedby=${this.describedBy('consentToContact')} />
            <span>${this.t('connect.consent')}</span>
          </label>
          ${this.fieldError('consentToContact')}
        </div>

        <div class="field" part="field">
          <label part="label" class="check" for="cl-listInDirectory">
            <input part="checkbox" id="cl-listInDirectory" name="listInDirectory" type="checkbox" .checked=${d.listInDirectory}
              @change=${(e: Event) => this.set('listInDirectory', (e.target as HTMLInputElement).checked)} aria-describedby="cl-directory-hint" />
            <span>${this.t('connect.listInDirectory')}${optional}</span>
          </label>
          <p class="hint" part="hint" id="cl-directory-hint">${this.t('connect.directoryHint')}</p>
          ${d.listInDirectory
            ? html`<label part="label" class="check nested" for="cl-showContact">
                <input part="checkbox" id="cl-showContact" name="showContactInDirectory" type="checkbox" .checked=${d.showContactInDirectory}
                  @change=${(e: Event) => this.set('showContactInDirectory', (e.target as HTMLInputElement).checked)} />
                <span>${this.t('connect.showContact')}${optional}</span>
              </label>`
            : nothing}
        </div>

        <div role="alert" part="alert" class="alert ${this._alert ? 'shown' : ''}" tabindex="-1">
          ${this._alert ? html`<p class="error">${this._alert}</p>` : nothing}
          ${this._alert && this._canRetry
            ? html`<button type="button" part="retry" class="secondary" @click=${() => void this.onSubmit()}>${this.t('common.retry')}</button>`
            : nothing}
        </div>

        <button part="submit" type="submit" ?disabled=${sending}>${sending ? this.t('connect.submitting') : this.t('connect.submit')}</button>
      </form>
      <p class="visually-hidden" role="status">${sending ? this.t('connect.submitting') : this._areaBusy ? this.t('connect.findingSeats') : ''}</p>
    `;
  }

  override render(): TemplateResult {
    return html`<section part="base" dir=${this.direction} lang=${this.language}>
      ${this._phase === 'sent' && this.sendingCode.loaded
        ? this.sendingCode.loaded.renderDone(this._receipt, (id, params) => this.t(id, params), () => this.another())
        : this.renderForm()}
    </section>`;
  }
}
