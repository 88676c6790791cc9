import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { shareBlock } from '../core/share.js';
import { HttpError, newIdempotencyKey } from '@solidarity-widgets/sdk';
import {
  type CanvassSignupRequest,
  type FieldError,
  type CanvassSession,
  type CanvassSignupReceipt,
  type PostcodeMatch,
} from '@solidarity-widgets/contract';
import { SolidarityElement, themeStyles } from '../core/index.js';
import { retryableImport } from '../core/lazy.js';
import { dateFormatter } from '../core/i18n/format.js';
import { catalogue, type OwnMessageId } from './messages/index.js';
import { addEnglish } from '../core/i18n/localize.js';
import { styles } from './sign-up-to-canvass.styles.js';
import { clearDraft, emptyDraft, isBlank, readDraft, saveDraft, type CanvassDraft } from './draft-storage.js';
import type { IcsDownload } from './ics-download.js';
import type { FieldErrors, FormHost } from './sign-up-form.js';
import type { ListedSession } from './session-list.js';
import type { CanvassSignedUpDetail } from './events.js';
import { useRoutes } from '../core/client.js';
import { pageDefaults } from '../core/config.js';

// The response schemas of the routes this widget calls, each loaded with its route's first request (alongside
// it), so neither this chunk nor the shared core carries them: see core/client.ts.
useRoutes({
  lookupPostcode: () => import('@solidarity-widgets/contract/json-schemas/lookupPostcode'),
  listCanvassSessions: () => import('@solidarity-widgets/contract/json-schemas/listCanvassSessions'),
  nearbyMarginals: () => import('@solidarity-widgets/contract/json-schemas/nearbyMarginals'),
  partyTargets: () => import('@solidarity-widgets/contract/json-schemas/partyTargets'),
});

/** A seat near the supporter's, as `constituency-found` or the API gives it. */
interface NearbySeat {
  code: string;
  name: string;
  distanceKm: number;
  /** With a partner's `party`: a seat it could win or must hold, and the swing that changes it (points). */
  target?: { kind: 'win' | 'hold'; swing: number };
}

/** Where we list sessions for. `name` may be empty until the API tells us. */
interface Area {
  code: string;
  name: string;
  postcode?: string;
  /** Known nearby marginals (from the finder's event); fetched when absent. */
  nearby?: NearbySeat[];
}

/**
 * The sessions list once it is here (session-list.ts): a lazy chunk fetched alongside the sessions' requests, so it
 * is not in the first load and the list never waits for it.
 */
type ListModule = typeof import('./session-list.js');
const loadListModule = retryableImport(() => import('./session-list.js'));
/** Thrown in place of a failed download of the list's chunk: shown as the network error it is. */
const LIST_CHUNK_FAILED = Symbol('list chunk failed');

type View = 'area' | 'list' | 'form' | 'done';
type LoadState = 'idle' | 'loading' | 'ready' | 'error';
/**
 * The form itself (rendering, languages list, request check, calendar file) is a lazy chunk: not part of the
 * first load, fetched in the background once sessions are being listed (or when a session is chosen, if that
 * fetch failed), so the list shows without it and choosing a session usually opens the form at once.
 */
type FormModule = typeof import('./sign-up-form.js');
/** Shared by every sign-up widget on the page; after a failed download, the next call fetches the chunk again. */
const loadFormModule = retryableImport(() => import('./sign-up-form.js'));

/** How many nearby marginal seats we look in, nearest first. */
const MAX_NEARBY_SEATS = 5;

/** When neither the seat nor its nearby marginals have sessions: how many of the nearest elsewhere to offer. */
const MAX_ELSEWHERE = 3;

/** `follow="false"` (or off/no/0) turns following off; a bare or absent attribute leaves it on. */
const followConverter = {
  fromAttribute: (value: string | null) => value === null || !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};


function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * @summary Lists canvassing sessions in a supporter's constituency and the nearby marginal seats, and signs them up
 * with a confirmation and a calendar file.
 *
 * Follows `<find-your-constituency>` on the same page (its `constituency-found` event) unless `follow="false"`;
 * otherwise takes a `constituency` GSS code, a `postcode`, or asks for a postcode itself.
 * An unfinished form is kept in this browser's `localStorage` (never the consent tick) and deleted on success.
 *
 * @fires {CustomEvent<CanvassSignedUpDetail>} canvass-signed-up - when a sign-up succeeds; `detail` is `{ sessionId, constituency: { code, name }, status, startsAt }` and never carries personal data.
 *
 * @csspart base - the wrapper
 * @csspart heading - the widget's title
 * @csspart status - the polite live region announcing loading and results
 * @csspart postcode-form - the postcode form shown when no constituency is known
 * @csspart postcode-input - the postcode field
 * @csspart postcode-button - the button that looks the postcode up
 * @csspart choices - the list of seats when a postcode spans several
 * @csspart choice-button - one seat's button in that list
 * @csspart area - the line naming the constituency whose sessions are listed
 * @csspart area-heading - its heading
 * @csspart change-button - the button to enter another postcode
 * @csspart group - one group of sessions (this constituency / nearby marginals)
 * @csspart group-heading - a group's heading
 * @csspart empty - the "no sessions" message and the next steps it offers
 * @csspart connect-link - the link to ask for an introduction to the local campaign (`connect-url`, or a `<connect-locally id>` on the page)
 * @csspart session - one session card
 * @csspart session-title - its title
 * @csspart session-when - its date and time in UK time
 * @csspart session-local-time - its date and time on the supporter's clock, when that differs
 * @csspart session-detail - meeting point, constituency, organiser and accessibility lines
 * @csspart session-places - places left, or that it is full
 * @csspart choose-button - the button that opens the form for a session
 * @csspart loading - the "loading sessions" line
 * @csspart notice - a message above the list (e.g. a session that is no longer available)
 * @csspart error - an error message (list, lookup or field)
 * @csspart retry-button - a "Try again" button
 * @csspart form - the sign-up form
 * @csspart form-heading - the form's heading
 * @csspart chosen - the summary of the chosen session above the form
 * @csspart back-button - back to the list
 * @csspart error-summary - the focused summary of field errors
 * @csspart label - a field's label
 * @csspart hint - a field's hint
 * @csspart input - a text field
 * @csspart languages - the languages fieldset
 * @csspart language-option - one language checkbox with its label
 * @csspart checkbox - a checkbox
 * @csspart consent - the consent box and its wording
 * @csspart consent-version - the consent wording's version
 * @csspart submit-button - the sign-up button
 * @csspart clear-button - the button that clears the form and the saved draft
 * @csspart submit-error - a server or network error after submitting
 * @csspart confirmation - the confirmation after signing up
 * @csspart confirmation-heading - its heading
 * @csspart confirmation-details - the session's details in it
 * @csspart cancel-note - the line in the confirmation about cancelling a place
 * @csspart cancel-link - the link in it to cancel the place
 * @csspart calendar-link - the "Add to calendar" download link
 * @csspart another-button - the button back to the list after signing up
 *
 * @cssprop --sw-color-primary - buttons and accents
 * @cssprop --sw-color-on-primary - text on buttons
 * @cssprop --sw-color-text - body text
 * @cssprop --sw-color-surface - background
 * @cssprop --sw-color-muted - hints and secondary text
 * @cssprop --sw-color-border - field borders
 * @cssprop --sw-color-frame - card and widget frames
 * @cssprop --sw-color-error - errors and "full"
 * @cssprop --sw-color-success - the confirmation
 * @cssprop --sw-color-focus - focus ring and links
 * @cssprop --sw-font-family - font
 * @cssprop --sw-line-height - line height of body text (default 1.5)
 * @cssprop --sw-letter-spacing - letter spacing (default normal)
 * @cssprop --sw-font-size - base font size
 * @cssprop --sw-radius - corner radius
 * @cssprop --sw-space - spacing unit
 */
export class SignUpToCanvass extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, styles];

  static override properties = {
    ...SolidarityElement.properties,
    constituency: {},
    postcode: {},
    follow: { converter: followConverter, reflect: false },
    connectUrl: { attribute: 'connect-url' },
    party: {},
    swing: { type: Number },
    partyName: { state: true },
    view: { state: true },
    area: { state: true },
    listState: { state: true },
    listError: { state: true },
    sessions: { state: true },
    elsewhere: { state: true },
    notice: { state: true },
    postcodeValue: { state: true },
    postcodeBusy: { state: true },
    postcodeError: { state: true },
    postcodeChoices: { state: true },
    chosen: { state: true },
    values: { state: true },
    consent: { state: true },
    errors: { state: true },
    submitting: { state: true },
    submitError: { state: true },
    receipt: { state: true },
    form: { state: true },
    formError: { state: true },
  };

  /** This widget's strings (the shared `common.*`/`field.*`/`form.*` ones come from the core). */
  protected override get catalogue() {
    return catalogue;
  }

  /** GSS code of the constituency to list sessions for, e.g. `E14001329`. */
  declare constituency: string | undefined;
  /** A postcode to look up when no constituency is given. */
  declare postcode: string | undefined;
  /** Follow `constituency-found` events from `<find-your-constituency>` on the page. On by default; `follow="false"` turns it off. */
  declare follow: boolean;
  /** Where "ask for an introduction" links when a seat has no sessions; defaults to a `<connect-locally id>` on the page. */
  declare connectUrl: string | undefined;
  /**
   * The party the partner campaigns for (`Lab`, `Con`, `LD`, `Reform`, …; any case; docs/data.md); also `data-party` on
   * the script tag. With it, the sessions listed after the supporter's own seat's are those in the nearest seats the
   * party could win and must hold (from the 2024 votes), instead of nearby marginals whoever holds them.
   */
  declare party: string | undefined;
  /** The largest swing, in percentage points, a seat to win or hold may need (default 5). */
  declare swing: number;
  /** The party's name as the API gives it, for headings. */
  declare private partyName: string;

  declare private view: View;
  declare private area: Area | null;
  declare private listState: LoadState;
  declare private listError: string;
  declare private sessions: ListedSession[];
  /** The nearest sessions further away, offered only when the seat and its nearby marginals have none. */
  declare private elsewhere: ListedSession[];
  declare private notice: string;
  declare private postcodeValue: string;
  declare private postcodeBusy: boolean;
  declare private postcodeError: string;
  declare private postcodeChoices: PostcodeMatch[] | null;
  declare private chosen: CanvassSession | null;
  declare private values: CanvassDraft;
  declare private consent: boolean;
  declare private errors: FieldErrors;
  declare private submitting: boolean;
  declare private submitError: string;
  declare private receipt: CanvassSignupReceipt | null;
  declare private form: FormModule | undefined;
  /** session-list.ts once it has loaded (always before the list is 'ready'). */
  private list: ListModule | undefined;
  /** Why the form's chunk did not load (offline…): shown with a retry; what was typed stays in `values`. */
  declare private formError: string;

  /** One key per form attempt: kept across retries and double clicks so the server records one sign-up. */
  private attemptKey: string | null = null;
  /** The body first sent with `attemptKey`, replayed if the server says the key was used with other data. */
  private attemptBody: CanvassSignupRequest | null = null;
  /** Synchronous guard: `submitting` only disables the button after the next render. */
  private inFlight = false;
  private loadToken = 0;
  private loadAbort: AbortController | null = null;
  private lookupAbort: AbortController | null = null;
  private ics: IcsDownload | null = null;
  private focusAfterRender: string | null = null;

  constructor() {
    super();
    this.follow = true;
    this.swing = 5;
    this.partyName = '';
    this.view = 'area';
    this.area = null;
    this.listState = 'idle';
    this.listError = '';
    this.sessions = [];
    this.elsewhere = [];
    this.notice = '';
    this.postcodeValue = '';
    this.postcodeBusy = false;
    this.postcodeError = '';
    this.postcodeChoices = null;
    this.chosen = null;
    this.values = emptyDraft();
    this.consent = false;
    this.errors = {};
    this.submitting = false;
    this.submitError = '';
    this.receipt = null;
    this.formError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('constituency-found', this.onConstituencyFound);
    // Moved in the DOM after signing up: the old link was revoked on disconnect.
    if (this.receipt && !this.ics && this.form) this.ics = this.form.createIcsDownload(this.receipt.ics);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('constituency-found', this.onConstituencyFound);
    this.loadAbort?.abort();
    this.lookupAbort?.abort();
    this.ics?.revoke();
    this.ics = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('constituency') && this.constituency) {
      this.setArea({ code: this.constituency.trim().toUpperCase(), name: '' });
    } else if (changed.has('postcode') && this.postcode && !this.constituency && !this.area) {
      this.postcodeValue = this.postcode;
      void this.lookupPostcode();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = null;
      target?.focus();
    }
  }

  // ---------------------------------------------------------------- area

  private onConstituencyFound = (event: Event): void => {
    if (!this.follow) return;
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (!isRecord(detail) || typeof detail['code'] !== 'string') return;
    const area: Area = { code: detail['code'], name: typeof detail['name'] === 'string' ? detail['name'] : '' };
    // The finder's sector: enough to measure distances to nearby seats from (it never sends a full postcode).
    if (typeof detail['postcodeArea'] === 'string') area.postcode = detail['postcodeArea'];
    const nearby = detail['nearbyMarginals'];
    const seats = Array.isArray(nearby)
      ? nearby.flatMap((m: unknown) =>
          isRecord(m) && typeof m['code'] === 'string' && typeof m['distanceKm'] === 'number'
            ? [{ code: m['code'], name: typeof m['name'] === 'string' ? m['name'] : m['code'], distanceKm: m['distanceKm'] }]
            : [],
        )
      : [];
    // The finder sends an empty list both for "none nearby" and "could not load them": then we ask ourselves.
    if (seats.length) area.nearby = seats;
    this.setArea(area);
  };

  private setArea(area: Area): void {
    this.area = area;
    this.postcodeChoices = null;
    this.postcodeError = '';
    // Never pull a supporter out of a half-filled form or their confirmation: the list refreshes behind it.
    if (this.view === 'area') this.view = 'list';
    void this.loadSessions();
  }

  private async lookupPostcode(event?: Event): Promise<void> {
    event?.preventDefault();
    const query = this.postcodeValue.trim();
    this.postcodeChoices = null;
    if (!query) {
      this.postcodeError = this.t('field.required');
      this.focusAfterRender = '#cv-postcode';
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
      if (!only) {
        this.postcodeError = this.t('canvass.postcodeNotFound', { postcode: query });
      } else if (others.length === 0) {
        this.setArea({ code: only.constituency.code, name: only.constituency.name, postcode: lookup.query });
        this.focusAfterRender = '#cv-area-heading';
      } else {
        this.postcodeChoices = lookup.matches;
        this.focusAfterRender = '#cv-choices-heading';
      }
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.postcodeError = this.postcodeMessage(error, query);
      this.focusAfterRender = '#cv-postcode';
    } finally {
      if (this.lookupAbort === abort) this.postcodeBusy = false;
    }
  }

  private postcodeMessage(error: unknown, query: string): string {
    if (error instanceof HttpError) {
      if (error.code === 'postcode_invalid') return this.t('canvass.postcodeInvalid');
      if (error.code === 'postcode_not_found') return this.t('canvass.postcodeNotFound', { postcode: query });
      if (error.code === 'postcode_outside_constituencies') return this.t('canvass.postcodeOutside', { postcode: query });
    }
    return this.describeError(error);
  }

  private chooseSeat(match: PostcodeMatch): void {
    const area: Area = { code: match.constituency.code, name: match.constituency.name };
    const postcode = this.postcodeValue.trim();
    if (postcode) area.postcode = postcode;
    this.setArea(area);
    this.focusAfterRender = '#cv-area-heading';
  }

  private changeArea(): void {
    this.loadAbort?.abort();
    this.view = 'area';
    this.notice = '';
    this.focusAfterRender = '#cv-postcode';
  }

  // ---------------------------------------------------------------- sessions

  private async loadSessions(): Promise<void> {
    const area = this.area;
    if (!area) return;
    const token = ++this.loadToken;
    this.loadAbort?.abort();
    const abort = new AbortController();
    this.loadAbort = abort;
    const { signal } = abort;
    this.listState = 'loading';
    this.listError = '';
    // The form's code is not needed to show the list: fetch it alongside, off the first load.
    if (!this.form) void this.loadForm();
    try {
      const party = (this.party || pageDefaults(this).party)?.trim();
      const swing = Number.isFinite(this.swing) ? Math.min(100, Math.max(0, this.swing)) : 5;
      // With a party: its seats to win and hold (only those with sessions, which the answer counts, need a request).
      const nearbyPromise: Promise<NearbySeat[]> = party
        ? this.api
            .partyTargets(area.code, { party, swing, count: MAX_NEARBY_SEATS, ...(area.postcode ? { postcode: area.postcode } : {}) }, { signal })
            .then((res) => {
              if (!area.name) area.name = res.from.name;
              this.partyName = res.party.name;
              const seats = (list: typeof res.win, kind: 'win' | 'hold') =>
                list
                  .filter((t) => t.sessions > 0)
                  .map((t) => ({ code: t.constituency.code, name: t.constituency.name, distanceKm: t.distanceKm, target: { kind, swing: t.swingNeeded } }));
              return [...seats(res.win, 'win'), ...seats(res.hold, 'hold')];
            })
        : area.nearby
        ? Promise.resolve(area.nearby)
        : this.api
            .nearbyMarginals(area.code, area.postcode ? { postcode: area.postcode } : {}, { signal })
            .then((res) => {
              if (!area.name) area.name = res.from.name;
              return res.marginals.map((m) => ({ code: m.constituency.code, name: m.constituency.name, distanceKm: m.distanceKm }));
            });
      const listing = this.list
        ? Promise.resolve(this.list)
        : loadListModule().catch(() => {
            throw LIST_CHUNK_FAILED;
          });
      const [home, nearbyAll, list] = await Promise.all([
        this.api.listCanvassSessions({ constituency: area.code }, { signal }),
        nearbyPromise,
        listing,
      ]);
      if (!this.list) addEnglish(catalogue, list.later);
      this.list = list;
      const nearby = nearbyAll
        .filter((m) => m.code !== area.code)
        .sort((a, b) => a.distanceKm - b.distanceKm)
        .slice(0, party ? 2 * MAX_NEARBY_SEATS : MAX_NEARBY_SEATS);
      const lists = await Promise.all(nearby.map((m) => this.api.listCanvassSessions({ constituency: m.code }, { signal })));
      if (token !== this.loadToken) return;
      if (!party) area.nearby = nearbyAll;
      const byStart = (a: ListedSession, b: ListedSession) =>
        (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || Date.parse(a.session.startsAt) - Date.parse(b.session.startsAt);
      const seen = new Set<string>();
      const listed: ListedSession[] = [];
      const add = (s: CanvassSession, distanceKm: number | null, target?: NearbySeat['target']) => {
        if (s.status === 'cancelled' || seen.has(s.id)) return;
        seen.add(s.id);
        listed.push(target ? { session: s, distanceKm, target } : { session: s, distanceKm });
      };
      for (const s of home.sessions) add(s, null);
      nearby.forEach((m, i) => lists[i]?.sessions.forEach((s) => add(s, m.distanceKm, m.target)));
      if (!area.name) area.name = home.sessions[0]?.constituency.name ?? area.code;
      // Nothing here or in the nearby marginals: the nearest sessions anywhere are the next step (a bonus: without
      // them the introduction link still shows).
      const far = listed.length
        ? null
        : await this.api.listCanvassSessions({ near: area.code }, { signal }).catch((error: unknown) => {
            if (signal.aborted || isAbort(error)) throw error;
            return null;
          });
      if (token !== this.loadToken) return;
      this.elsewhere = (far?.sessions ?? [])
        .filter((s) => s.constituency.code !== area.code && s.status !== 'cancelled' && typeof s.distanceKm === 'number')
        .slice(0, MAX_ELSEWHERE)
        .map((s) => ({ session: s, distanceKm: s.distanceKm ?? 0 }));
      this.sessions = listed.sort(byStart);
      this.listState = 'ready';
    } catch (error) {
      if (token !== this.loadToken || signal.aborted || isAbort(error)) return;
      this.listError =
        error === LIST_CHUNK_FAILED
          ? this.t(globalThis.navigator?.onLine === false ? 'common.offline' : 'common.networkError')
          : this.describeError(error);
      this.listState = 'error';
    }
  }

  private retryList(): void {
    this.notice = '';
    this.focusAfterRender = '#cv-area-heading';
    void this.loadSessions();
  }

  // ---------------------------------------------------------------- form

  private choose(session: CanvassSession): void {
    if (this.chosen?.id !== session.id) {
      // Consent is to *this* organiser contacting you about *this* session.
      this.consent = false;
      this.resetAttempt();
    }
    this.chosen = session;
    this.errors = {};
    this.submitError = '';
    this.notice = '';
    this.view = 'form';
    this.focusAfterRender = '#cv-form-heading';
    if (this.form) this.restoreDraft(this.form, session);
    else void this.loadForm();
  }

  /** What is on screen (e.g. typed for a session that has just closed) wins; otherwise the draft saved for `session`. */
  private restoreDraft(form: FormModule, session: CanvassSession): void {
    if (this.chosen?.id !== session.id || !isBlank(this.values)) return;
    const saved = readDraft(session.id);
    this.values = saved ? form.draftValues(saved.values) : emptyDraft();
  }

  private formLoading: Promise<void> | null = null;

  /**
   * Fetches the form's chunk (once). Started in the background while sessions load, so choosing one usually
   * opens the form at once; if the supporter is waiting on the form when it fails (offline), the network
   * message with a retry, and what was typed stays in `values`. A background failure is silent: choosing retries.
   */
  private loadForm(): Promise<void> {
    this.formError = '';
    this.formLoading ??= loadFormModule().then(
      (form) => {
        addEnglish(catalogue, form.later);
        this.form = form;
        // The saved draft is read by the form's chunk: restored as soon as it is here.
        if (this.chosen) this.restoreDraft(form, this.chosen);
        if (this.view === 'form') this.focusAfterRender = '#cv-form-heading';
      },
      () => {
        this.formLoading = null;
        if (this.view !== 'form') return;
        this.formError = this.t(globalThis.navigator?.onLine === false ? 'common.offline' : 'common.networkError');
        this.focusAfterRender = '#cv-form-error';
      },
    );
    return this.formLoading;
  }

  private formHost(session: CanvassSession): FormHost {
    return {
      language: this.language,
      session,
      values: this.values,
      consent: this.consent,
      errors: this.errors,
      submitting: this.submitting,
      submitError: this.submitError,
      t: (id, params) => this.t(id, params),
      hasMessage: (id) => this.hasMessage(id),
      fieldMessage: (error) => this.fieldMessage(error as FieldError),
      formatWhen: (s) => this.formatWhen(s, s.timeZone),
      focus: (selector) => this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
      edit: (patch) => this.edit(patch),
      setConsent: (on) => {
        this.consent = on;
      },
      submit: (event) => void this.submit(event),
      clear: () => this.clearForm(),
      back: () => this.backToList(),
    };
  }

  private backToList(): void {
    const id = this.chosen?.id;
    this.view = 'list';
    this.errors = {};
    this.submitError = '';
    this.focusAfterRender = id ? `#cv-choose-${CSS.escape(id)}` : '#cv-area-heading';
  }

  private resetAttempt(): void {
    this.attemptKey = null;
    this.attemptBody = null;
  }

  private edit(patch: Partial<CanvassDraft>): void {
    this.values = { ...this.values, ...patch };
    if (this.chosen) saveDraft(this.chosen.id, this.chosen.startsAt, this.values);
  }

  private clearForm(): void {
    if (this.chosen) clearDraft(this.chosen.id);
    this.values = emptyDraft();
    this.consent = false;
    this.errors = {};
    this.submitError = '';
    this.resetAttempt();
    this.focusAfterRender = '#cv-name';
  }

  private showFieldErrors(errors: FieldErrors): void {
    this.errors = errors;
    this.focusAfterRender = '#cv-error-summary';
  }

  private async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const session = this.chosen;
    if (!session || this.inFlight) return;
    this.submitError = '';

    const form = this.form;
    if (!form) return;
    const checked = form.checkSignup(this.formHost(session));
    if (!checked.ok) {
      this.showFieldErrors(checked.errors);
      return;
    }
    const body = checked.body;
    this.errors = {};

    this.attemptKey ??= newIdempotencyKey();
    this.attemptBody ??= body;
    const key = this.attemptKey;
    this.inFlight = true;
    this.submitting = true;
    try {
      let receipt: CanvassSignupReceipt;
      try {
        receipt = await this.api.signUpToCanvass(body, { idempotencyKey: key });
      } catch (error) {
        // The key already carried an earlier version of this form, so that one was recorded: fetch its receipt.
        if (!(error instanceof HttpError && error.code === 'idempotency_conflict' && this.attemptBody !== body)) throw error;
        receipt = await this.api.signUpToCanvass(this.attemptBody, { idempotencyKey: key });
      }
      this.succeed(receipt);
    } catch (error) {
      this.fail(error);
    } finally {
      this.inFlight = false;
      this.submitting = false;
    }
  }

  private fail(error: unknown): void {
    if (error instanceof HttpError && error.status < 500 && error.status !== 429) {
      // The server refused it outright, so nothing was recorded: the next try may use a fresh key.
      this.resetAttempt();
      if (error.code === 'session_not_found' || error.code === 'session_not_open') {
        this.sessionGone();
        return;
      }
      if (error.fieldErrors.length && this.form && this.chosen) {
        this.showFieldErrors(this.form.fieldErrors(this.formHost(this.chosen), error.fieldErrors));
        return;
      }
    }
    // Network, timeout, 5xx, 429: the outcome is unknown, so keep the key for the retry.
    this.submitError = this.describeError(error);
    this.focusAfterRender = '#cv-submit-error';
  }

  private sessionGone(): void {
    this.notice = this.t('canvass.sessionGone');
    this.view = 'list';
    this.chosen = null;
    this.focusAfterRender = '#cv-notice';
    void this.loadSessions();
  }

  private succeed(receipt: CanvassSignupReceipt): void {
    const status = receipt.signup.status;
    if (status === 'cancelled') {
      this.sessionGone();
      return;
    }
    clearDraft(receipt.session.id);
    if (this.chosen) clearDraft(this.chosen.id);
    this.resetAttempt();
    // Done with the details: a stall laptop shared by many supporters must not offer the next one this person's.
    this.values = emptyDraft();
    this.consent = false;
    this.ics?.revoke();
    this.ics = this.form?.createIcsDownload(receipt.ics) ?? null;
    this.receipt = receipt;
    this.view = 'done';
    this.focusAfterRender = '#cv-confirmation-heading';
    const detail: CanvassSignedUpDetail = {
      sessionId: receipt.session.id,
      constituency: { code: receipt.session.constituency.code, name: receipt.session.constituency.name },
      status,
      startsAt: receipt.session.startsAt,
    };
    this.countReferralAction('signup');
    this.emit('canvass-signed-up', detail);
  }

  private another(): void {
    this.ics?.revoke();
    this.ics = null;
    this.receipt = null;
    this.chosen = null;
    this.view = this.area ? 'list' : 'area';
    this.focusAfterRender = this.area ? '#cv-area-heading' : '#cv-postcode';
    if (this.area) void this.loadSessions();
  }

  // ---------------------------------------------------------------- formatting

  /** The cancellation page speaks the language the supporter signed up in (server: cancel-page-messages.ts). */
  private cancelHref(url: string): string {
    try {
      const link = new URL(url);
      link.searchParams.set('lang', this.language);
      return link.href;
    } catch {
      return url;
    }
  }

  private formatWhen(session: CanvassSession, timeZone?: string, withZone = true): string {
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit',
    };
    if (timeZone) options.timeZone = timeZone;
    if (withZone) options.timeZoneName = 'short';
    // Plain `en` means a UK audience here: 24-hour clock and day-month order, not US conventions; Welsh
    // comes out Welsh where the browser lacks Welsh data (core/i18n/format.ts).
    return dateFormatter(this.language, options).formatRange(new Date(session.startsAt), new Date(session.endsAt));
  }

  /** The supporter's own clock, only when it reads differently from the UK's. */
  private localWhen(session: CanvassSession): string | null {
    const local = this.formatWhen(session, undefined, false);
    return local === this.formatWhen(session, session.timeZone, false) ? null : this.formatWhen(session);
  }

  // ---------------------------------------------------------------- render

  override render(): TemplateResult {
    const busy = this.listState === 'loading' || this.postcodeBusy || this.submitting;
    return html`
      <section part="base" dir=${this.direction} lang=${this.language} aria-labelledby="cv-heading" aria-busy=${busy ? 'true' : 'false'}>
        <h2 id="cv-heading" part="heading">${this.t('canvass.heading')}</h2>
        <p part="status" class="visually-hidden" role="status" aria-live="polite">${this.statusText()}</p>
        ${this.view === 'area' ? this.renderArea() : nothing}
        ${this.view === 'list' ? this.renderList() : nothing}
        ${this.view === 'form' ? this.renderForm() : nothing}
        ${this.view === 'done' ? this.renderDone() : nothing}
      </section>
    `;
  }

  private statusText(): string {
    if (this.submitting) return this.t('canvass.submitting');
    if (this.postcodeBusy) return this.t('canvass.lookingUp', { postcode: this.postcodeValue.trim() });
    if (this.view === 'form' && !this.form && !this.formError) return this.t('common.loading');
    if (this.view !== 'list') return '';
    if (this.listState === 'loading') return this.t('canvass.loadingSessions');
    if (this.listState === 'ready') {
      // The empty message is shown (once) in the list with its next steps; here only that the search is done.
      const here = this.sessions.some((s) => s.distanceKm === null);
      return here ? this.tCount('canvass.sessionsFound', this.sessions.length) : this.t('canvass.statusNoneHere', { name: this.area?.name ?? '' });
    }
    return '';
  }

  private renderArea(): TemplateResult {
    const error = this.postcodeError;
    return html`
      <form part="postcode-form" novalidate @submit=${(e: Event) => void this.lookupPostcode(e)}>
        <p>${this.t('canvass.noConstituency')}</p>
        <label part="label" for="cv-postcode">${this.t('canvass.postcodeLabel')}</label>
        <p part="hint" class="hint" id="cv-postcode-hint">${this.t('canvass.postcodeHint')}</p>
        <div class="row">
          <div class="grow">
            <input
              id="cv-postcode"
              part="postcode-input input"
              name="postcode"
              autocomplete="postal-code"
              autocapitalize="characters"
              spellcheck="false"
              .value=${this.postcodeValue}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'cv-postcode-hint cv-postcode-error' : 'cv-postcode-hint'}
              @input=${(e: Event) => { this.postcodeValue = (e.target as HTMLInputElement).value; }}
            />
          </div>
          <button part="postcode-button" type="submit" ?disabled=${this.postcodeBusy}>
            ${this.postcodeBusy ? this.t('canvass.lookingUpShort') : this.t('canvass.postcodeSubmit')}
          </button>
        </div>
        ${error ? html`<p part="error" class="error" id="cv-postcode-error">${error}</p>` : nothing}
      </form>
      ${this.postcodeChoices ? this.renderChoices(this.postcodeChoices) : nothing}
    `;
  }

  private renderChoices(matches: PostcodeMatch[]): TemplateResult {
    return html`
      <div part="choices">
        <h3 id="cv-choices-heading" tabindex="-1">
          ${this.t('canvass.chooseSeat', { postcode: this.postcodeValue.trim().toUpperCase(), count: matches.length })}
        </h3>
        <ul class="choices">
          ${matches.map(
            (m) => html`<li>
              <button part="choice-button" type="button" class="secondary" @click=${() => this.chooseSeat(m)}>
                ${this.t('canvass.chooseSeatButton', { name: m.constituency.name })}
              </button>
            </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderList(): TemplateResult {
    const area = this.area;
    const name = area?.name ?? '';
    return html`
      <div part="area" class="area">
        <h3 id="cv-area-heading" part="area-heading" tabindex="-1">
          ${name ? this.t('canvass.sessionsIn', { name }) : this.t('canvass.sessionsNearYou')}
        </h3>
        <button part="change-button" type="button" class="secondary" @click=${() => this.changeArea()}>
          ${this.t('canvass.changeArea')}
        </button>
      </div>
      ${this.notice
        ? html`<p part="notice" class="notice" id="cv-notice" role="alert" tabindex="-1">${this.notice}</p>`
        : nothing}
      ${this.renderSessions()}
    `;
  }

  private renderSessions(): TemplateResult {
    if (this.listState === 'error') {
      return html`
        <div part="error" class="list-error" role="alert">
          <p>${this.listError}</p>
          <button part="retry-button" type="button" @click=${() => this.retryList()}>${this.t('common.retry')}</button>
        </div>
      `;
    }
    if (this.listState !== 'ready' || !this.list) {
      return html`<p part="loading" class="muted">${this.t('canvass.loadingSessions')}</p>`;
    }
    return this.list.renderSessions({
      language: this.language,
      sessions: this.sessions,
      elsewhere: this.elsewhere,
      partyName: this.partyName,
      area: this.area,
      connectHref: this.connectHref,
      t: (id, params) => this.t(id, params),
      tCount: (base, count) => this.tCount(base, count),
      formatWhen: (session) => this.formatWhen(session, session.timeZone),
      localWhen: (session) => this.localWhen(session),
      hasDraft: (id) => readDraft(id) !== null,
      choose: (session) => this.choose(session),
    });
  }

  /** Where "ask for an introduction" goes: `connect-url`, else a `<connect-locally id>` on the same page. */
  private get connectHref(): string | undefined {
    if (this.connectUrl) return this.connectUrl;
    const form = globalThis.document?.querySelector('connect-locally[id]');
    return form ? `#${form.id}` : undefined;
  }

  private renderForm(): TemplateResult {
    const session = this.chosen;
    if (!session) return html``;
    if (this.form) return this.form.renderForm(this.formHost(session));
    if (this.formError) {
      return html`
        <div part="error" class="list-error" id="cv-form-error" role="alert" tabindex="-1">
          <p>${this.formError}</p>
          ${isBlank(this.values) && !readDraft(session.id) ? nothing : html`<p class="muted">${this.t('canvass.keptTyped')}</p>`}
          <button part="retry-button" type="button" @click=${() => void this.loadForm()}>${this.t('common.retry')}</button>
        </div>
      `;
    }
    return html`<p part="loading" class="muted">${this.t('common.loading')}</p>`;
  }

  /** The confirmation, drawn by the form's lazy chunk (loaded before anyone can sign up, so it is there by now). */
  private renderDone(): TemplateResult {
    const receipt = this.receipt;
    if (!receipt || !this.form) return html``;
    return this.form.renderDone({
      receipt,
      ics: this.ics,
      t: (id, params) => this.t(id, params),
      formatWhen: (s) => this.formatWhen(s, s.timeZone),
      localWhen: (s) => this.localWhen(s),
      cancelHref: (url) => this.cancelHref(url),
      another: () => this.another(),
      share: (seat) => this.shareAfter(seat),
    });
  }

  /** "Ask others to join in" after the supporter acted, unless the partner set `share="off"` (docs/sharing.md). */
  private shareAfter(seat?: string): TemplateResult | typeof nothing {
    return shareBlock(this.shareOptions(seat));
  }
}
