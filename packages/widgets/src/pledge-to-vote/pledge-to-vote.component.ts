import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HttpError, newIdempotencyKey } from '@solidarity-widgets/sdk';
import type { PostcodeMatch } from '@solidarity-widgets/contract';
import type { UkNation } from '@solidarity-widgets/rules/eligibility';
import { SolidarityElement, themeStyles } from '../core/index.js';
import { retryableImport } from '../core/lazy.js';
import { shareBlock } from '../core/share.js';
import { useRoutes } from '../core/client.js';
import type { Params } from '../core/i18n/localize.js';
import type { VoteState } from '../find-your-constituency/can-i-vote.js';
import { catalogue, type OwnMessageId } from './messages/index.js';
import { styles } from './pledge-to-vote.styles.js';
import type { Draft, FieldErrors, PledgeHost } from './pledge-form.js';
import type { PledgeBody, PledgeResult } from './types.js';

// The response schemas of the routes this widget calls, each loaded with its route's first request (alongside
// it), so neither this chunk nor the shared core carries them: see core/client.ts.
useRoutes({
  lookupPostcode: () => import('@solidarity-widgets/contract/json-schemas/lookupPostcode'),
});

/**
 * Everything but the postcode step is a lazy chunk (the election, the form, the explainer and the confirmation):
 * the first load stays within the loader + widget budget. Shared by every pledge widget on the page; after a failed
 * download, the next call fetches the chunk again.
 */
type FormModule = typeof import('./pledge-form.js');
const loadFormModule = retryableImport(() => import('./pledge-form.js'));

type Phase = 'form' | 'sending' | 'done' | 'passed';

/** One send, kept so a retry after a failure sends the same body with the same Idempotency-Key. */
interface Attempt {
  readonly key: string;
  readonly fingerprint: string;
  readonly body: PledgeBody;
}

/** `follow="false"` (or off/no/0) turns following off; a bare or absent attribute leaves it on. */
const followConverter = {
  fromAttribute: (value: string | null) => value === null || !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * @summary A supporter pledges to vote (or to register first, then vote) in the election the partner campaigns for,
 * sees its polling day, the registration deadline with a countdown, the photo ID rule and where to register, and
 * "Can I vote?" for their nationality; with an email and an explicit tick, gets reminder emails.
 *
 * Without a partner (`partner`, or `data-partner` on the script tag) it takes no pledge: it says the site has not
 * finished setting up pledges, shows the registration link and warns in the console. Without `election-type` and
 * `election-date` (or `data-election-type`/`data-election-date` on the script tag) it takes no pledge and shows only
 * the registration link; after polling day it says pledges are closed. Once it knows the seat, an election not held
 * in the seat's nation (`senedd` outside Wales, say) is not offered: it says so and shows the registration link. Without a
 * `constituency` it takes the seat a `<find-your-constituency>` on the page finds (unless `follow="false"`), or asks
 * for a postcode itself.
 *
 * @fires {CustomEvent<VotePledgedDetail>} vote-pledged - when the server has recorded the pledge (or says this email already pledged); `detail` is `{ constituency, intent, election, reminders, alreadyPledged, count }`, never the email.
 *
 * @csspart base - the wrapper
 * @csspart heading - the widget's title
 * @csspart status - the polite live region announcing progress
 * @csspart loading - the loading line while the form's code arrives
 * @csspart error - an error message (loading, postcode)
 * @csspart retry-button - a "Try again" button
 * @csspart election - the partner's election: polling day, deadline, countdown, photo ID, register link
 * @csspart election-heading - the election's name
 * @csspart polling-day - the polling day line
 * @csspart deadline - the registration deadline line
 * @csspart countdown - the days left to register
 * @csspart photo-id - the photo ID rule that applies
 * @csspart register-link - the link to register to vote on GOV.UK
 * @csspart closed - the message when no pledge can be taken: no partner or election set, the election is not held in the seat's nation, or it has passed
 * @csspart postcode-form - the postcode form shown when no constituency is known
 * @csspart postcode-input - the postcode field
 * @csspart postcode-button - the button that looks the postcode up
 * @csspart choices - the list of seats when a postcode spans several
 * @csspart choice-button - one seat's button in that list
 * @csspart area - the line naming the supporter's constituency
 * @csspart change-button - the button to enter another postcode
 * @csspart form - the pledge form
 * @csspart error-summary - the focused summary of field errors
 * @csspart intent - the "what will you do" choice
 * @csspart radio - a radio button
 * @csspart label - a field's label
 * @csspart hint - a field's hint
 * @csspart input - a text field
 * @csspart checkbox - the reminders checkbox
 * @csspart field-error - an error next to a field
 * @csspart submit-error - the message after a failed send, with "Try again" when it may work
 * @csspart submit-button - the pledge button
 * @csspart confirmation - the confirmation after pledging
 * @csspart confirmation-heading - its heading (focused)
 * @csspart reminder-dates - the dates reminders will be sent
 * @csspart stop-link - the link to stop reminders
 * @csspart count - how many people in the constituency have pledged
 *
 * @cssprop --sw-color-primary - Button and accent colour.
 * @cssprop --sw-color-on-primary - Text on the primary colour.
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-surface - Background.
 * @cssprop --sw-color-border - Input borders.
 * @cssprop --sw-color-frame - The card's and fieldsets' border.
 * @cssprop --sw-color-muted - Hints.
 * @cssprop --sw-color-error - Errors.
 * @cssprop --sw-color-success - The confirmation heading.
 * @cssprop --sw-color-focus - Focus ring and links.
 * @cssprop --sw-color-highlight - The highlighted nationality option.
 * @cssprop --sw-font-family - Font.
 * @cssprop --sw-font-size - Base font size.
 * @cssprop --sw-line-height - line height of body text (default 1.5)
 * @cssprop --sw-letter-spacing - letter spacing (default normal)
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing.
 */
export class PledgeToVote extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, styles];

  static override properties = {
    ...SolidarityElement.properties,
    constituency: {},
    postcode: {},
    follow: { converter: followConverter },
    electionType: { attribute: 'election-type' },
    electionDate: { attribute: 'election-date' },
    form: { state: true },
    formState: { state: true },
    area: { state: true },
    postcodeValue: { state: true },
    postcodeBusy: { state: true },
    postcodeError: { state: true },
    postcodeChoices: { state: true },
    draft: { state: true },
    errors: { state: true },
    phase: { state: true },
    submitError: { state: true },
    canRetry: { state: true },
    result: { state: true },
    vote: { state: true },
    refusedHere: { state: true },
  };

  /** GSS code of the supporter's constituency, e.g. `E14001331`; without it the widget asks for a postcode. */
  declare constituency: string | undefined;
  /** A postcode to look up on start when no `constituency` is given. */
  declare postcode: string | undefined;
  /** Take the seat a `<find-your-constituency>` on the page finds (its `constituency-found` event), unless the element has a `constituency`. On by default; `follow="false"` turns it off. */
  declare follow: boolean;
  /** The election the partner campaigns for: `general`, `local`, `mayoral`, `pcc`, `senedd`, `scottish_parliament` or `ni_assembly`. Also `data-election-type` on the script tag. Without it (or the date) no pledge is taken. */
  declare electionType: string | undefined;
  /** Polling day of that election, `YYYY-MM-DD` (also `data-election-date` on the script tag). */
  declare electionDate: string | undefined;

  declare private form: FormModule | undefined;
  declare private formState: 'loading' | 'ready' | 'error';
  declare private area: { code: string; name: string } | undefined;
  declare private postcodeValue: string;
  declare private postcodeBusy: boolean;
  declare private postcodeError: string;
  declare private postcodeChoices: PostcodeMatch[] | null;
  declare private draft: Draft;
  declare private errors: FieldErrors;
  declare private phase: Phase;
  declare private submitError: string;
  declare private canRetry: boolean;
  declare private result: PledgeResult | undefined;
  declare private vote: VoteState;
  /** The server said the election is not held in this seat's nation (`election_not_held_here`). */
  declare private refusedHere: { code: string; nation: UkNation } | undefined;

  private attempt: Attempt | undefined;
  private sending = false;
  private lookupAbort: AbortController | undefined;
  private focusAfterRender: string | undefined;
  private warnedNoPartner = false;

  constructor() {
    super();
    this.formState = 'loading';
    this.follow = true;
    this.postcodeValue = '';
    this.postcodeBusy = false;
    this.postcodeError = '';
    this.postcodeChoices = null;
    this.draft = { intent: '', email: '', reminders: false, website: '' };
    this.errors = {};
    this.phase = 'form';
    this.submitError = '';
    this.canRetry = false;
    this.vote = { query: '', open: false, active: 0 };
  }

  protected override get catalogue() {
    return catalogue;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('constituency-found', this.onConstituencyFound);
    if (!this.form) this.loadForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('constituency-found', this.onConstituencyFound);
  }

  /**
   * The supporter found their seat in the finder: no need to type the postcode again. Everything typed is kept; a
   * partner's own `constituency`, a pledge being sent and a confirmation are never replaced.
   */
  private onConstituencyFound = (event: Event): void => {
    if (!this.follow || this.constituency?.trim() || this.phase === 'sending' || this.phase === 'done') return;
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'object' || detail === null) return;
    const { code, name } = detail as { code?: unknown; name?: unknown };
    if (typeof code !== 'string') return;
    this.area = { code, name: typeof name === 'string' && name ? name : code };
    this.postcodeChoices = null;
    this.postcodeError = '';
    this.attempt = undefined;
  };

  private loadForm(): void {
    this.formState = 'loading';
    loadFormModule().then(
      (m) => {
        this.form = m;
        this.formState = 'ready';
      },
      () => (this.formState = 'error'),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('constituency') && this.constituency?.trim()) {
      this.area = { code: this.constituency.trim(), name: '' };
    } else if (changed.has('postcode') && this.postcode && !this.constituency && !this.area) {
      this.postcodeValue = this.postcode;
      void this.lookupPostcode();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.form && !this.effectivePartner && !this.warnedNoPartner) {
      // For the webmaster (the supporter sees a plain sentence): every pledge is recorded for a partner.
      this.warnedNoPartner = true;
      console.warn(
        '[solidarity-widgets] <pledge-to-vote> takes no pledges on this page: no partner is set. Add data-partner="your-partner-name" to the widgets\' script tag, or a partner attribute to the element (see docs/embedding.md).',
      );
    }
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      if (target) {
        this.focusAfterRender = undefined;
        target.focus();
      }
    }
  }

  /** The element's own attribute wins; else the partner's script tag (`data-election-type`, `data-election-date`). */
  private get election(): { type: string | undefined; date: string | undefined } {
    const script = globalThis.document?.querySelector<HTMLScriptElement>('script[data-election-type], script[data-election-date]');
    return {
      type: this.electionType ?? script?.dataset['electionType'],
      date: this.electionDate ?? script?.dataset['electionDate'],
    };
  }

  // ---------------------------------------------------------------- postcode

  private async lookupPostcode(event?: Event): Promise<void> {
    event?.preventDefault();
    const query = this.postcodeValue.trim();
    this.postcodeChoices = null;
    if (!query) {
      this.postcodeError = this.t('field.required');
      this.focusAfterRender = '#pv-postcode';
      return;
    }
    this.lookupAbort?.abort();
    const abort = new AbortController();
    this.lookupAbort = abort;
    this.postcodeBusy = true;
    this.postcodeError = '';
    try {
      const lookup = await this.api.lookupPostcode(query, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const [only, ...others] = lookup.matches;
      if (!only) this.postcodeError = this.t('pledge.postcodeNotFound', { postcode: query });
      else if (others.length === 0) this.setArea(only);
      else {
        this.postcodeChoices = lookup.matches;
        this.focusAfterRender = '#pv-choices-heading';
      }
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.postcodeError = this.postcodeMessage(error, query);
      this.focusAfterRender = '#pv-postcode';
    } finally {
      if (this.lookupAbort === abort) this.postcodeBusy = false;
    }
  }

  private postcodeMessage(error: unknown, query: string): string {
    if (error instanceof HttpError) {
      if (error.code === 'postcode_invalid') return this.t('pledge.postcodeInvalid');
      if (error.code === 'postcode_not_found') return this.t('pledge.postcodeNotFound', { postcode: query });
      if (error.code === 'postcode_outside_constituencies') return this.t('pledge.postcodeOutside', { postcode: query });
    }
    return this.describeError(error);
  }

  private setArea(match: PostcodeMatch): void {
    this.area = { code: match.constituency.code, name: match.constituency.name };
    this.postcodeChoices = null;
    this.postcodeError = '';
    this.attempt = undefined;
    this.focusAfterRender = '#pv-area-heading';
  }

  private changeArea(): void {
    this.area = undefined;
    this.attempt = undefined;
    this.submitError = '';
    this.focusAfterRender = '#pv-postcode';
  }

  // ---------------------------------------------------------------- pledge

  /** What the form chunk needs: a fresh object each render, so it always sees the current state. */
  private host(form: FormModule, election: { type: PledgeHost['election']['type']; date: string }, area: { code: string; name: string }): PledgeHost {
    return {
      language: this.language,
      election,
      constituency: area,
      draft: this.draft,
      errors: this.errors,
      submitting: this.phase === 'sending',
      submitError: this.submitError,
      canRetry: this.canRetry,
      t: (id, params?: Params) => this.t(id, params),
      tCount: (base, count) => this.tCount(base, count),
      hasMessage: (id) => this.hasMessage(id),
      fieldMessage: (e) => this.fieldMessage({ field: e.field, code: e.code as never, message: e.message }),
      edit: (patch) => this.edit(patch),
      focus: (selector) => this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
      submit: (e) => void this.submit(form, election, area, e),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  private edit(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    // A corrected field stops shouting; the others keep their errors until the next send.
    const errors = { ...this.errors };
    for (const key of Object.keys(patch)) delete errors[key as keyof FieldErrors];
    if ('email' in patch && errors.reminders && patch.email?.trim()) delete errors.reminders;
    this.errors = errors;
  }

  private async submit(form: FormModule, election: PledgeHost['election'], area: { code: string; name: string }, event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.sending) return; // a double click must not send twice
    const host = this.host(form, election, area);
    const checked = form.checkPledge(host, this.effectivePartner);
    if (!checked.ok) {
      this.errors = checked.errors;
      this.submitError = '';
      this.focusAfterRender = '#pv-error-summary';
      return;
    }
    // The same answers again after a failure: same body, same key, so the server records the pledge once.
    const fingerprint = JSON.stringify(checked.body);
    if (!this.attempt || this.attempt.fingerprint !== fingerprint) this.attempt = { key: newIdempotencyKey(), fingerprint, body: checked.body };
    const attempt = this.attempt;
    this.sending = true;
    this.phase = 'sending';
    this.errors = {};
    this.submitError = '';
    this.canRetry = false;
    try {
      const result = await this.sendPledge(attempt);
      this.attempt = undefined;
      this.result = result;
      this.phase = 'done';
      this.focusAfterRender = '#pv-confirmation-heading';
      this.countReferralAction('pledge');
      this.emit('vote-pledged', {
        constituency: result.pledge.constituencyCode,
        intent: result.pledge.intent,
        election: { type: result.pledge.election.type, date: result.pledge.election.date },
        reminders: result.pledge.reminders,
        alreadyPledged: result.alreadyPledged === true,
        count: result.count,
      });
    } catch (error) {
      this.phase = 'form';
      this.failed(form, host, error);
    } finally {
      this.sending = false;
    }
  }

  private sendPledge(attempt: Attempt): Promise<PledgeResult> {
    return this.api.createPledge(attempt.body, { idempotencyKey: attempt.key });
  }

  private failed(form: FormModule, host: PledgeHost, error: unknown): void {
    if (error instanceof HttpError && error.code === 'election_not_held_here') {
      const nation = form.nationNamed(error.details) ?? form.nationOf(host.constituency.code);
      if (nation) {
        this.attempt = undefined;
        this.refusedHere = { code: host.constituency.code, nation };
        this.focusAfterRender = '#pv-closed';
        return;
      }
    }
    if (error instanceof HttpError && error.code === 'election_passed') {
      this.attempt = undefined;
      this.phase = 'passed';
      this.focusAfterRender = '#pv-closed';
      return;
    }
    if (error instanceof HttpError && error.code === 'validation_failed' && error.fieldErrors.length) {
      this.errors = form.serverFieldErrors(host, error.fieldErrors);
      this.focusAfterRender = '#pv-error-summary';
      return;
    }
    this.submitError = this.describeError(error);
    this.canRetry = this.isTransient(error);
    this.focusAfterRender = '#pv-submit-error';
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    return html`<section part="base" dir=${this.direction} lang=${this.language} aria-labelledby="pv-heading">
      <h2 part="heading" id="pv-heading">${this.t('pledge.heading')}</h2>
      ${this.renderBody()}
      <p part="status" class="visually-hidden" role="status">${this.statusText()}</p>
    </section>`;
  }

  private statusText(): string {
    if (this.postcodeBusy) return this.t('pledge.lookingUp');
    if (this.phase === 'sending') return this.t('pledge.submitting');
    return '';
  }

  private renderBody(): TemplateResult | typeof nothing {
    const form = this.form;
    if (!form) {
      return this.formState === 'error'
        ? html`<div part="error" class="submit-error">
            <p class="error">${this.t('pledge.loadError')}</p>
            <button part="retry-button" type="button" @click=${() => this.loadForm()}>${this.t('common.retry')}</button>
          </div>`
        : html`<p part="loading">${this.t('common.loading')}</p>`;
    }
    if (!this.effectivePartner) {
      // Every pledge needs a partner: better said now than after the whole form is filled (see updated()).
      return html`<p part="closed" class="closed" id="pv-closed" tabindex="-1">${this.t('pledge.notSetUp')}</p>
        ${form.renderRegisterLink({ t: (id) => this.t(id) })}`;
    }
    const { type, date } = this.election;
    const status = form.electionStatus(type, date);
    if (status.kind === 'none') {
      return html`<p part="closed" class="closed" id="pv-closed" tabindex="-1">${this.t('pledge.noElection')}</p>
        ${form.renderRegisterLink({ t: (id) => this.t(id) })}`;
    }
    if (status.kind === 'passed' || this.phase === 'passed') {
      return html`<p part="closed" class="closed" id="pv-closed" tabindex="-1">${this.t('pledge.passed')}</p>`;
    }
    const election = { type: status.type, date: status.date };
    const area = this.area;
    const nation = form.nationOf(area?.code);
    const stub: PledgeHost = this.host(form, election, area ?? { code: '', name: '' });
    const explainer = form.renderExplainer({
      language: this.language,
      vote: this.vote,
      nation,
      updateVote: (patch) => (this.vote = { ...this.vote, ...patch }),
      requestUpdate: () => this.requestUpdate(),
    });
    // The seat is known and its nation does not hold this election (or the server said so): nothing to pledge for.
    const notHeldIn =
      area && this.refusedHere?.code === area.code ? this.refusedHere.nation : area && nation && !form.heldIn(election.type, nation) ? nation : undefined;
    if (area && notHeldIn && this.phase !== 'done') {
      return html`${this.renderArea(area)}${form.renderNotHeld(stub, notHeldIn)}${explainer}`;
    }
    return html`
      ${this.phase !== 'done' ? html`<p>${this.t('pledge.intro')}</p>` : nothing}
      ${form.renderElection(stub, nation)}
      ${this.phase === 'done' && this.result
        ? form.renderDone(stub, this.result, shareBlock(this.shareOptions(area?.name || undefined)))
        : area
          ? html`${this.renderArea(area)}${form.renderForm(stub)}`
          : this.renderPostcode()}
      ${explainer}
    `;
  }

  private renderArea(area: { code: string; name: string }): TemplateResult | typeof nothing {
    // A constituency given by the partner has no name to show, and nothing to change.
    if (!area.name) return nothing;
    return html`<div part="area" class="area">
      <h3 id="pv-area-heading" tabindex="-1">${this.t('pledge.area', { name: area.name })}</h3>
      <button part="change-button" type="button" class="secondary" ?disabled=${this.phase === 'sending'} @click=${() => this.changeArea()}>
        ${this.t('pledge.changeArea')}
      </button>
    </div>`;
  }

  private renderPostcode(): TemplateResult {
    const error = this.postcodeError;
    return html`
      <form part="postcode-form" novalidate @submit=${(e: Event) => void this.lookupPostcode(e)}>
        <p>${this.t('pledge.postcodeIntro')}</p>
        <label part="label" for="pv-postcode">${this.t('pledge.postcodeLabel')}</label>
        <p part="hint" class="hint" id="pv-postcode-hint">${this.t('pledge.postcodeHint')}</p>
        <div class="row">
          <div class="grow">
            <input id="pv-postcode" part="postcode-input input" name="postcode" autocomplete="postal-code"
              autocapitalize="characters" spellcheck="false" .value=${this.postcodeValue}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'pv-postcode-hint pv-postcode-error' : 'pv-postcode-hint'}
              @input=${(e: Event) => (this.postcodeValue = (e.target as HTMLInputElement).value)} />
          </div>
          <button part="postcode-button" type="submit" ?disabled=${this.postcodeBusy}>
            ${this.postcodeBusy ? this.t('pledge.lookingUp') : this.t('pledge.postcodeSubmit')}
          </button>
        </div>
        ${error ? html`<p part="error" class="error" id="pv-postcode-error" role="alert">${error}</p>` : nothing}
      </form>
      ${this.postcodeChoices
        ? html`<div part="choices">
            <h3 id="pv-choices-heading" tabindex="-1">${this.t('pledge.chooseSeat')}</h3>
            <ul class="choices">
              ${this.postcodeChoices.map(
                (m) => html`<li><button part="choice-button" type="button" class="secondary" @click=${() => this.setArea(m)}>${m.constituency.name}</button></li>`,
              )}
            </ul>
          </div>`
        : nothing}
    `;
  }
}
