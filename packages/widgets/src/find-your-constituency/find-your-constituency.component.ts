import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { shareBlock } from '../core/share.js';
import { HttpError } from '@solidarity-widgets/sdk';
import type { Constituency, ConstituencySummary, NearbyMarginals, PostcodeAnswerSeat, PostcodeLookup } from '@solidarity-widgets/contract';
import type { Local, PanesHost } from './result-panes.js';
import type { VoteState } from './can-i-vote.js';
import type { ReportState } from './report-problem.js';
import { SolidarityElement } from '../core/solidarity-element.js';
import { themeStyles } from '../core/theme.styles.js';
import { formatDate } from '../core/i18n/format.js';
import { retryableImport } from '../core/lazy.js';

// Reading a typed postcode (typo handling, territories, the postcode library) is a lazy chunk: fetched as soon as the
// supporter focuses or types in the field, long before they press Find, so an English page carries 1.5 KB less.
const loadReading = retryableImport(() => import('./postcode-reading.js'));
/**
 * The answers' panes (result-panes.ts: the choices, the result, "outside"): a lazy chunk, off the first load, fetched
 * with the reader above, so every lookup has it before it answers.
 */
const loadPanes = retryableImport(() => import('./result-panes.js'));
const preloadReading = () => void Promise.all([loadReading(), loadPanes()]).catch(() => undefined); // a failure is retried by the lookup itself
import { catalogue, type OwnMessageId } from './messages/index.js';
import { addEnglish } from '../core/i18n/localize.js';
import { finderStyles } from './find-your-constituency.styles.js';
import { useRoutes } from '../core/client.js';
import { pageDefaults } from '../core/config.js';
import type { PartyTargetsController, TargetsHost } from './targets.js';
import type { HexMapController, MapHost } from './hexmap.js';

// The response schemas of the routes this widget calls, each loaded with its route's first request (alongside
// it), so neither this chunk nor the shared core carries them: see core/client.ts.
useRoutes({
  // A lookup is one request (docs/decisions/0011-one-request-lookup.md); the routes below serve a seat the supporter
  // picks among several, a retry, and a server from before the one-request answer.
  postcodeAnswer: () => import('@solidarity-widgets/contract/json-schemas/postcodeAnswer'),
  lookupPostcode: () => import('@solidarity-widgets/contract/json-schemas/lookupPostcode'),
  listConstituencies: () => import('@solidarity-widgets/contract/json-schemas/listConstituencies'),
  getConstituency: () => import('@solidarity-widgets/contract/json-schemas/getConstituency'),
  nearbyMarginals: () => import('@solidarity-widgets/contract/json-schemas/nearbyMarginals'),
  getLocalContact: () => import('@solidarity-widgets/contract/json-schemas/getLocalContact'),
  listLocalGroups: () => import('@solidarity-widgets/contract/json-schemas/listLocalGroups'),
});

// Drawn only with `show-map` / `show-eligibility`: each is a lazy chunk, so the default finder stays small.
type CanIVoteModule = typeof import('./can-i-vote.js');
type ReportModule = typeof import('./report-problem.js');
// Shared by every finder on the page; after a failed download, the next call fetches the chunk again.
const importHexMap = retryableImport(() => import('./hexmap.js'));
const importCanIVote = retryableImport(() => import('./can-i-vote.js'));
const importReport = retryableImport(() => import('./report-problem.js'));
const importTargets = retryableImport(() => import('./targets.js'));
const NO_REPORT: ReportState = { open: false, text: '', status: 'idle' };
/** A lazy chunk's download: not started or done, under way, or failed (shown with a retry). */
type ChunkState = 'idle' | 'loading' | 'error';

type PanesModule = typeof import('./result-panes.js');

/** What the supporter sees below the form. Every network state has its own view. */
type View =
  | { kind: 'idle' }
  | { kind: 'loading'; query: string }
  /** Refused before or by the server (400): shown next to the field. */
  | { kind: 'invalid'; suggestion?: string | undefined; empty?: boolean }
  /** 404: shown next to the field; `sector` when the sector exists and only the unit is unknown. */
  | { kind: 'notFound'; query: string; sector?: string | undefined }
  | { kind: 'outside'; query: string; territory: string }
  | { kind: 'error'; message: string; retry: () => void; offline: boolean }
  | { kind: 'choose'; lookup: PostcodeLookup }
  | { kind: 'result'; lookup: PostcodeLookup; seat: ConstituencySummary };


const isOffline = () => globalThis.navigator?.onLine === false;

const clamp = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/**
 * @summary A supporter types a UK postcode and learns their Westminster constituency, its MP, how marginal it
 * is, the nearest marginal seats where they could help and, optionally, whether they can vote.
 *
 * @fires {CustomEvent<ConstituencyFoundDetail>} constituency-found - when one seat is known: after a lookup with one match, or when the supporter
 *   chooses among several. `detail`: `ConstituencyFoundDetail` (the seat, nearby marginals and `postcodeArea`, the
 *   postcode sector: never the full postcode, as no event carries personal data).
 *
 * @csspart base - the wrapper
 * @csspart heading - the widget's heading
 * @csspart form - the postcode form
 * @csspart label - the postcode label
 * @csspart input - the postcode field
 * @csspart button - the Find button
 * @csspart field-error - the message next to the field (invalid or unknown postcode)
 * @csspart results - the area below the form that shows loading, errors, choices and the result
 * @csspart progress - the progress indicator while looking up
 * @csspart error - a failed request's message (with its retry button)
 * @csspart choices - the list of seats to choose from when an area is split
 * @csspart choice - one seat to choose
 * @csspart result - the found constituency
 * @csspart incomplete - the note when a half-typed postcode (`SE6 4A`) was answered for its area
 * @csspart badge - the marginality badge
 * @csspart party-change - the party the MP was elected for, when they now sit for another
 * @csspart nearby - the nearby marginal seats
 * @csspart targets - "Where your help counts" for the partner's `party`: seats to win and to hold
 * @csspart targets-basis - the note that targets come from the 2024 votes
 * @csspart target-list - a list of seats to win or to hold
 * @csspart target - one seat to win or hold (swing needed, distance)
 * @csspart target-sessions - the canvassing sessions in that seat
 * @csspart map - the hex map (with `show-map`)
 * @csspart map-tooltip - the hex map's tooltip (the seat under the pointer or keyboard focus)
 * @csspart map-zoom - the hex map's "Show the whole map" / "Zoom to your area" button
 * @csspart eligibility - the "Can I vote?" explainer (with `show-eligibility`)
 * @csspart election - the configured election (`election-type`, `election-date`) in the explainer
 * @csspart deadline - its registration deadline and countdown
 * @csspart photo-id - whether photo ID is needed at the polling station
 * @csspart local - "Get involved locally": the seat's local contact (or an honest "none yet") and groups near you
 * @csspart local-contact - the local campaign's contact details
 * @csspart connect-link - the link to the introduction form (`connect-url`, or a `<connect-locally id>` on the page)
 * @csspart groups - the groups listed near the seat
 * @csspart report - "Report a problem with this answer" under a result (its link, form or confirmation)
 * @csspart report-link - the report link or button (`report-url`: a `mailto:` address or a page; default a short form)
 * @csspart footer - data date and attribution
 *
 * @cssprop --sw-color-primary - buttons and the home seat on the map
 * @cssprop --sw-color-marginal - marginal badges and nearby marginal seats on the map
 * @cssprop --sw-color-map - other seats on the map
 * @cssprop --sw-color-highlight - the highlighted option in the "Can I vote?" nationality list
 * @cssprop --sw-color-text - text
 * @cssprop --sw-color-surface - background
 * @cssprop --sw-font-family - font
 * @cssprop --sw-line-height - line height of body text (default 1.5)
 * @cssprop --sw-letter-spacing - letter spacing (default normal)
 * @cssprop --sw-radius - corner radius
 * @cssprop --sw-space - spacing unit
 */
export class FindYourConstituency extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, finderStyles];

  static override properties = {
    ...SolidarityElement.properties,
    postcode: {},
    marginalThreshold: { attribute: 'marginal-threshold', type: Number },
    nearbyCount: { attribute: 'nearby-count', type: Number },
    showMap: { attribute: 'show-map', type: Boolean },
    mapColours: { attribute: 'map-colours' },
    showEligibility: { attribute: 'show-eligibility', type: Boolean },
    connectUrl: { attribute: 'connect-url' },
    electionType: { attribute: 'election-type' },
    electionDate: { attribute: 'election-date' },
    reportUrl: { attribute: 'report-url' },
    party: {},
    swing: { type: Number },
    targets: { state: true },
    reportChunk: { state: true },
    report: { state: true },
    local: { state: true },
    value: { state: true },
    view: { state: true },
    full: { state: true },
    nearby: { state: true },
    announcement: { state: true },
    hexMap: { state: true },
    canIVote: { state: true },
    hexMapState: { state: true },
    canIVoteState: { state: true },
    vote: { state: true },
  };

  /** This widget's strings (the shared `common.*`/`field.*`/`form.*` ones come from the core). */
  protected override get catalogue() {
    return catalogue;
  }

  /** A postcode to fill in and look up straight away. */
  declare postcode: string | undefined;
  /** Seats whose majority at their latest contest is up to this percentage count as marginal. Default 10. */
  declare marginalThreshold: number;
  /** How many nearby marginal seats to list (1–20). Default 5. */
  declare nearbyCount: number;
  /**
   * Show a hex map of the supporter's region: every seat named (for screen readers and in a tooltip), their seat and
   * the highlighted seats labelled, arrow keys to move, Enter or a click to show a seat; a control shows the whole map.
   */
  declare showMap: boolean;
  /** `party`: colour the map's seats by their MP's party (each hex also carries a letter). Default: highlights only. */
  declare mapColours: string | undefined;
  /** Show the "Can I vote?" explainer. */
  declare showEligibility: boolean;
  /**
   * Where organisations ask for an introduction (a page, or `#id`). Default: a `<connect-locally>` with an `id` on
   * the same page, if there is one.
   */
  declare connectUrl: string | undefined;
  /**
   * The election the partner campaigns for, shown in "Can I vote?" with its registration deadline and photo ID rule:
   * `general`, `local`, `mayoral`, `pcc`, `senedd`, `scottish_parliament` or `ni_assembly`. Also `data-election-type`
   * on the script tag.
   */
  declare electionType: string | undefined;
  /** Polling day of that election, `YYYY-MM-DD` (also `data-election-date` on the script tag). */
  declare electionDate: string | undefined;
  /**
   * Where "Report a problem with this answer" goes: a `mailto:` address (subject and body filled in with the postcode
   * area and the answer) or an `https:` page. Default: the report is stored through the API for organisers. Also
   * `data-report-url` on the script tag.
   */
  declare reportUrl: string | undefined;
  /**
   * The party the partner campaigns for, as the data codes it (`Lab`, `Con`, `LD`, `Reform`, `Green`, `SNP`, `PC`, …;
   * any case; docs/data.md). With it the finder shows the nearest seats the party could win and must hold. Also
   * `data-party` on the script tag. Without one the finder stays neutral (marginals by majority, whoever holds them).
   */
  declare party: string | undefined;
  /** The largest swing, in percentage points, a seat to win or hold may need (default 5). */
  declare swing: number;
  declare private targets: PartyTargetsController | ChunkState;
  declare private reportChunk: ReportModule | undefined;
  declare private report: ReportState;
  declare private local: Local | undefined;

  declare private value: string;
  declare private view: View;
  declare private full: Constituency | undefined;
  declare private nearby: NearbyMarginals | 'loading' | 'error' | undefined;
  declare private announcement: string;
  declare private hexMap: HexMapController | undefined;
  declare private canIVote: CanIVoteModule | undefined;
  declare private hexMapState: ChunkState;
  declare private canIVoteState: ChunkState;
  declare private vote: VoteState;

  private seq = 0;
  /** result-panes.ts once it has loaded (always before a lookup shows its answer). */
  private panes: PanesModule | undefined;
  private controller: AbortController | undefined;
  private focusResult = false;
  private readonly onOnline = () => {
    if (this.view.kind === 'error' && this.view.offline) this.view.retry();
    if (this.hexMapState === 'error') this.loadHexMap();
    if (this.targets === 'error') this.loadTargets();
    if (this.canIVoteState === 'error') this.loadCanIVote();
  };

  constructor() {
    super();
    this.marginalThreshold = 10;
    this.nearbyCount = 5;
    this.swing = 5;
    this.targets = 'idle';
    this.showMap = false;
    this.showEligibility = false;
    this.value = '';
    this.view = { kind: 'idle' };
    this.announcement = '';
    this.hexMapState = 'idle';
    this.canIVoteState = 'idle';
    this.vote = { query: '', open: false, active: 0 };
    this.report = NO_REPORT;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('online', this.onOnline);
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('postcode') && this.postcode) {
      this.value = this.postcode;
      void this.lookup(this.postcode);
    }
    // The map layout and the eligibility facts are lazy chunks: pages without these options never load them.
    // A failed download waits for the supporter's "Try again" (or the browser coming back online).
    if (this.showMap && !this.hexMap && this.hexMapState === 'idle') this.loadHexMap();
    if (this.showEligibility && !this.canIVote && this.canIVoteState === 'idle') this.loadCanIVote();
    if (this.targets === 'idle' && this.partyCode) this.loadTargets();
    // Each answer gets its own report; the report chunk loads with the first answer (without it there is no link).
    if ((changed as PropertyValues).has('view')) this.report = NO_REPORT;
    if (this.view.kind === 'result' && !this.reportChunk) void importReport().then((m) => (this.reportChunk = m), () => undefined);
  }

  private loadHexMap(): void {
    if (this.hexMap || this.hexMapState === 'loading') return;
    this.hexMapState = 'loading';
    importHexMap().then(
      (m) => {
        // Choosing a hex shows that seat as if it had been chosen from a list (the page hears `constituency-found`).
        this.hexMap = new m.HexMapController(this as unknown as MapHost, (seat) => {
          const view = this.view;
          if (view.kind === 'result') this.choose({ ...view.lookup, matches: [{ constituency: seat, share: null }], uncertain: false }, seat);
        });
        this.hexMapState = 'idle';
      },
      () => (this.hexMapState = 'error'),
    );
  }

  /** The partner's party: the element's own, else the script tag's `data-party`. */
  private get partyCode(): string | undefined {
    return (this.party || pageDefaults(this).party)?.trim() || undefined;
  }

  private loadTargets(): void {
    this.targets = 'loading';
    importTargets().then(
      // The chunk reads the client and language through the element's own getters (see TargetsHost).
      (m) => (this.targets = new m.PartyTargetsController(this as unknown as TargetsHost)),
      () => (this.targets = 'error'),
    );
  }

  private loadCanIVote(): void {
    if (this.canIVote || this.canIVoteState === 'loading') return;
    this.canIVoteState = 'loading';
    importCanIVote().then(
      (m) => {
        this.canIVote = m;
        this.canIVoteState = 'idle';
      },
      () => (this.canIVoteState = 'error'),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusResult) {
      this.focusResult = false;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    }
  }

  /** How many nearby marginal seats to ask for. */
  private get count(): number {
    return clamp(Math.round(this.nearbyCount), 1, 20, 5);
  }

  private get threshold(): number {
    return clamp(this.marginalThreshold, 0, 100, 10);
  }

  private async lookup(raw: string): Promise<void> {
    const seq = ++this.seq;
    this.controller?.abort();
    this.full = undefined;
    this.nearby = undefined;
    this.local = undefined;
    let reading: typeof import('./postcode-reading.js');
    try {
      let panes: PanesModule;
      [reading, panes] = await Promise.all([loadReading(), loadPanes()]);
      if (!this.panes) addEnglish(catalogue, panes.later);
      this.panes = panes;
    } catch {
      if (seq !== this.seq) return;
      this.view = { kind: 'error', message: this.t(isOffline() ? 'common.offline' : 'common.networkError'), retry: () => void this.lookup(raw), offline: isOffline() };
      this.announcement = '';
      return;
    }
    if (seq !== this.seq) return;
    const checked = reading.normalisePostcode(raw);
    if (!checked.ok) {
      this.view = { kind: 'invalid', suggestion: checked.suggestion, empty: raw.trim() === '' };
      this.announcement = '';
      return;
    }
    const query = checked.query;
    const retry = () => void this.lookup(raw);
    if (isOffline()) {
      this.view = { kind: 'error', message: this.t('common.offline'), retry, offline: true };
      this.announcement = '';
      return;
    }
    const controller = (this.controller = new AbortController());
    this.view = { kind: 'loading', query };
    this.announcement = this.t('finder.searching', { postcode: query });
    const signal = { signal: controller.signal };
    try {
      // Everything the first screen shows, in one request: the seat, its nearby marginals and its local contact.
      const answer = await this.api
        .postcodeAnswer(query, { limit: this.count, maxMajorityPct: this.threshold }, signal)
        .catch(async (error: unknown) => {
          // A server from before that route (404 `not_found`: no such address) is asked the separate routes.
          if (!(error instanceof HttpError && error.code === 'not_found')) throw error;
          return { lookup: await this.api.lookupPostcode(query, signal), seat: null };
        });
      let lookup = answer.lookup;
      // "SE6 4A" was asked as its sector "SE6 4": remember what was typed, to say why the answer is for an area.
      if (checked.incomplete !== undefined && lookup.incomplete === undefined) lookup = { ...lookup, incomplete: checked.incomplete };
      if (lookup.kind === 'nation' && !lookup.matches.length) {
        // Only the nation is known (Northern Ireland), from an older server: offer all its seats rather than guess.
        const { constituencies } = await this.api.listConstituencies({ nation: lookup.nation }, signal);
        lookup = { ...lookup, matches: constituencies.map((constituency) => ({ constituency, share: null })) };
      }
      if (seq !== this.seq) return;
      const [only, ...others] = lookup.matches;
      if (!only) {
        this.view = { kind: 'notFound', query: lookup.query };
        this.announcement = '';
      } else if (others.length === 0 && lookup.kind !== 'nation') {
        this.showSeat(lookup, only.constituency, answer.seat);
      } else {
        this.view = { kind: 'choose', lookup };
        this.announcement = this.chooseText(lookup);
      }
    } catch (error) {
      if (seq !== this.seq) return;
      this.announcement = '';
      const details = (error instanceof HttpError && typeof error.details === 'object' && error.details) || {};
      const detail = (key: string) => {
        const v = (details as Record<string, unknown>)[key];
        return typeof v === 'string' && v ? v : undefined;
      };
      const code = error instanceof HttpError ? error.code : undefined;
      if (code === 'postcode_invalid') this.view = { kind: 'invalid', suggestion: detail('suggestion') };
      else if (code === 'postcode_not_found') this.view = { kind: 'notFound', query: detail('query') ?? query, sector: detail('sector') };
      else if (code === 'postcode_outside_constituencies') {
        this.view = { kind: 'outside', query: detail('query') ?? query, territory: detail('territory') ?? '' };
      } else {
        this.view = { kind: 'error', message: this.describeError(error), retry, offline: isOffline() };
      }
    }
  }

  private chooseText(lookup: PostcodeLookup): string {
    return lookup.kind === 'nation'
      ? this.t('finder.chooseNation')
      : this.tCount('finder.chooseHeading', lookup.matches.length, { query: lookup.query });
  }

  /**
   * One seat is known: show it with its full record, nearby marginals and local contact (from the lookup's answer, or
   * fetched when the supporter chose among several seats), then tell the page.
   */
  private showSeat(lookup: PostcodeLookup, seat: ConstituencySummary, known?: PostcodeAnswerSeat | null): void {
    const seq = this.seq;
    this.view = { kind: 'result', lookup, seat };
    this.announcement = this.t('finder.resultHeading', { name: seat.name });
    this.full = known?.constituency;
    if (known) {
      this.nearby = known.nearby;
      // No directory in the answer: the server's database was unavailable. The pane offers a retry.
      this.local = known.local ? { contact: known.local.localContact ?? null, groups: known.local } : 'error';
    } else {
      const signal = this.controller?.signal;
      void this.api.getConstituency(seat.code, signal ? { signal } : {}).then(
        (full) => void (seq === this.seq && (this.full = full)),
        () => undefined, // the summary from the lookup is enough to carry on
      );
      void this.loadLocal(seat);
    }
    void Promise.all([known || this.loadNearby(lookup, seat), loadReading()]).then(([, reading]) => {
      if (seq !== this.seq) return;
      const list = typeof this.nearby === 'object' ? this.nearby.marginals : [];
      this.countReferralAction('lookup');
      this.emit('constituency-found', {
        code: seat.code,
        name: seat.name,
        nation: seat.nation,
        mp: seat.mp.name,
        party: seat.mp.party,
        majorityPct: seat.majorityPct,
        marginality: seat.marginality,
        nearbyMarginals: list.map((m) => ({ code: m.constituency.code, name: m.constituency.name, distanceKm: m.distanceKm })),
        postcodeArea: reading.postcodeArea(lookup.query),
      });
    });
  }

  private async loadNearby(lookup: PostcodeLookup, seat: ConstituencySummary): Promise<void> {
    const seq = this.seq;
    this.nearby = 'loading';
    try {
      const nearby = await this.api.nearbyMarginals(
        seat.code,
        { limit: this.count, maxMajorityPct: this.threshold, postcode: lookup.query },
        this.controller ? { signal: this.controller.signal } : {},
      );
      if (seq === this.seq) this.nearby = nearby;
    } catch {
      if (seq === this.seq) this.nearby = 'error';
    }
  }

  /**
   * The seat's local contact and the groups listed near it, in one request: `/v1/local-groups` carries the contact
   * (`null` when none yet), so a seat without one causes no 404 in the partner's console (docs/decisions/0006).
   * Only a server older than that field, or a failed directory request, falls back to `/local-contact`.
   */
  private async loadLocal(seat: ConstituencySummary): Promise<void> {
    const seq = this.seq;
    this.local = 'loading';
    const opts = this.controller ? { signal: this.controller.signal } : {};
    try {
      // The directory is a bonus: without it the contact (or the honest "none yet") still shows.
      const groups = await this.api.listLocalGroups({ constituency: seat.code }, opts).catch(() => null);
      const contact =
        groups?.localContact !== undefined
          ? groups.localContact
          : await this.api.getLocalContact(seat.code, opts).catch((error: unknown) => {
              if (error instanceof HttpError && error.code === 'local_contact_not_found') return null;
              throw error;
            });
      if (seq === this.seq) this.local = { contact, groups };
    } catch {
      if (seq === this.seq) this.local = 'error';
    }
  }

  private get connectHref(): string | undefined {
    if (this.connectUrl) return this.connectUrl;
    const form = globalThis.document?.querySelector('connect-locally[id]');
    return form ? `#${form.id}` : undefined;
  }

  private choose(lookup: PostcodeLookup, seat: ConstituencySummary): void {
    this.seq++;
    this.focusResult = true;
    this.showSeat(lookup, seat);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.lookup(this.value);
  }

  private useQuery(query: string): void {
    this.value = query;
    void this.lookup(query);
  }

  // ——— rendering ———

  private date(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const when = new Date(iso.length === 7 ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
    try {
      // Bare English means British English: "20 August 2026"; Welsh "20 Awst 2026" even without Intl data.
      return formatDate(this.language, when, { ...options, timeZone: 'UTC' });
    } catch {
      return iso;
    }
  }

  override render(): TemplateResult {
    const view = this.view;
    const fieldError = view.kind === 'invalid' || view.kind === 'notFound';
    const busy = view.kind === 'loading';
    return html`
      <section part="base" dir=${this.direction} lang=${this.language} aria-labelledby="heading">
        <h2 part="heading" id="heading">${this.t('finder.heading')}</h2>
        <form part="form" novalidate @submit=${this.onSubmit}>
          <label part="label" for="postcode">${this.t('finder.label')}</label>
          <p class="hint" id="postcode-hint">${this.t('finder.hint')}</p>
          <div class="row">
            <input
              part="input"
              class="grow"
              id="postcode"
              name="postcode"
              type="text"
              autocomplete="postal-code"
              autocapitalize="characters"
              spellcheck="false"
              maxlength="16"
              aria-describedby=${fieldError ? 'postcode-error postcode-hint' : 'postcode-hint'}
              aria-invalid=${fieldError ? 'true' : 'false'}
              .value=${this.value}
              @focus=${preloadReading}
              @input=${(e: InputEvent) => (this.value = (e.target as HTMLInputElement).value)}
            />
            <button part="button" type="submit">${this.t('finder.submit')}</button>
          </div>
          ${fieldError ? this.renderFieldError(view) : nothing}
        </form>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        <div part="results" aria-busy=${busy ? 'true' : 'false'}>${this.renderView(view)}</div>
        ${this.showEligibility ? this.renderCanIVote() : nothing}
        <footer part="footer">
          ${this.full
            ? html`<p>${this.full.partiesCurrentTo
                ? this.t('finder.dataCurrent', { date: this.date(this.full.dataCurrentTo), parties: this.date(this.full.partiesCurrentTo) })
                : this.t('finder.dataCurrentResults', { date: this.date(this.full.dataCurrentTo) })}${
                // An operator recorded a party change after the release (issue 13): say how current the facts are now.
                this.full.factsCurrentTo && this.full.factsCurrentTo > this.full.dataCurrentTo
                  ? ` ${this.t('finder.factsUpdated', { date: this.date(this.full.factsCurrentTo) })}`
                  : nothing}</p>`
            : nothing}
          <p>${this.t('finder.attribution')}</p>
        </footer>
      </section>
    `;
  }

  private renderFieldError(view: Extract<View, { kind: 'invalid' | 'notFound' }>): TemplateResult {
    let message: string;
    let action: TemplateResult | typeof nothing = nothing;
    if (view.kind === 'invalid') {
      message = view.empty ? this.t('finder.empty') : this.t('finder.invalid');
      const suggestion = view.suggestion;
      if (suggestion) {
        message += ` ${this.t('finder.didYouMean', { postcode: suggestion })}`;
        action = html`<button class="secondary" type="button" @click=${() => this.useQuery(suggestion)}>
          ${this.t('finder.useSuggestion', { postcode: suggestion })}
        </button>`;
      }
    } else {
      const sector = view.sector;
      message = sector
        ? this.t('finder.notFoundSector', { postcode: view.query, sector })
        : this.t('finder.notFound', { postcode: view.query });
      if (sector) {
        action = html`<button class="secondary" type="button" @click=${() => this.useQuery(sector)}>
          ${this.t('finder.lookUpSector', { sector })}
        </button>`;
      }
    }
    return html`<div part="field-error" class="field-error">
      <p class="error" id="postcode-error" role="alert">${message}</p>
      ${action}
    </div>`;
  }

  private renderView(view: View): TemplateResult | typeof nothing {
    switch (view.kind) {
      case 'loading':
        return html`<p class="loading">
          <progress part="progress" aria-label=${this.t('finder.searching', { postcode: view.query })}></progress>
          <span>${this.t('finder.searching', { postcode: view.query })}</span>
        </p>`;
      case 'error':
        return html`<div part="error">
          <p class="error" role="alert">${view.message}</p>
          <button type="button" @click=${view.retry}>${this.t('common.retry')}</button>
        </div>`;
      case 'outside':
        return this.panes ? this.panes.renderOutside(this.panesHost(), view.query, view.territory) : nothing;
      case 'choose':
        return this.panes ? this.panes.renderChoices(this.panesHost(), view.lookup) : nothing;
      case 'result':
        return this.panes ? this.panes.renderResult(this.panesHost(), view.lookup, view.seat) : nothing;
      default:
        return nothing;
    }
  }

  /** What result-panes.ts draws from: this element's state, strings and actions, and its other panes. */
  private panesHost(): PanesHost {
    return {
      language: this.language,
      full: this.full,
      nearby: this.nearby,
      local: this.local,
      showMap: this.showMap,
      connectHref: this.connectHref,
      t: (id, params) => this.t(id, params),
      tCount: (base, count, params) => this.tCount(base, count, params),
      date: (iso) => this.date(iso),
      chooseText: (lookup) => this.chooseText(lookup),
      choose: (lookup, seat) => this.choose(lookup, seat),
      showChoices: (lookup) => this.showChoices(lookup),
      retryNearby: () => {
        const view = this.view;
        if (view.kind === 'result') void this.loadNearby(view.lookup, view.seat);
      },
      retryLocal: (seat) => void this.loadLocal(seat),
      registerLink: () => this.registerLink(),
      targets: (lookup, seat) => this.renderTargets(lookup, seat),
      hexMap: (seat, nearby) => this.renderHexMap(seat, nearby),
      report: (lookup, seat, majority) => this.renderReport(lookup, seat, majority),
      share: (seat) => this.shareAfter(seat),
    };
  }

  private registerLink(): TemplateResult {
    return html`<p>
      <a href="https://www.gov.uk/register-to-vote" target="_blank" rel="noopener noreferrer">${this.t('finder.register')}</a>
      <span class="muted">${this.t('finder.registerNote')}</span>
    </p>`;
  }

  /** "Report a problem with this answer" (report-problem.ts, a lazy chunk, builds the report from the answer shown). */
  private renderReport(lookup: PostcodeLookup, seat: ConstituencySummary, majority: string): TemplateResult | typeof nothing {
    return this.reportChunk
      ? this.reportChunk.renderReport({
          language: this.language,
          state: this.report,
          update: (patch) => (this.report = { ...this.report, ...patch }),
          reportUrl: this.reportUrl ?? globalThis.document?.querySelector<HTMLScriptElement>('script[data-report-url]')?.dataset['reportUrl'],
          lookup,
          seat,
          shown: `${seat.name}. ${this.t('finder.mp', { name: seat.mp.name, party: seat.mp.partyName })}. ${majority}`,
          send: (body) => this.api.reportAnswer(body),
          describeError: (error) => this.describeError(error),
          requestUpdate: () => this.requestUpdate(),
        })
      : nothing;
  }

  private showChoices(lookup: PostcodeLookup): void {
    this.seq++;
    this.view = { kind: 'choose', lookup };
    this.announcement = this.chooseText(lookup);
  }

  private renderTargets(lookup: PostcodeLookup, seat: ConstituencySummary): TemplateResult | typeof nothing {
    const party = this.partyCode;
    const targets = this.targets;
    if (!party) return nothing;
    if (typeof targets === 'object') {
      return targets.render(seat.code, { party, swing: clamp(this.swing, 0, 100, 5), count: this.count, postcode: lookup.query });
    }
    return targets === 'error'
      ? html`<div part="error" class="chunk-error">
          <p class="error">${this.t('common.networkError')}</p>
          <button class="secondary" type="button" @click=${() => this.loadTargets()}>${this.t('common.retry')}</button>
        </div>`
      : nothing;
  }

  private renderHexMap(seat: ConstituencySummary, nearby: NearbyMarginals): TemplateResult | typeof nothing {
    if (this.hexMap) {
      const targets = typeof this.targets === 'object' ? this.targets.state : undefined;
      return this.hexMap.render({
        home: seat,
        marginals: nearby.marginals.map((m) => m.constituency.code),
        targets: typeof targets === 'object' ? targets : undefined,
        colours: this.mapColours,
      });
    }
    if (this.hexMapState !== 'error') return nothing;
    return html`<div part="error" class="chunk-error">
      <p class="error">${this.t('finder.mapError')}</p>
      <button class="secondary" type="button" @click=${() => this.loadHexMap()}>${this.t('common.retry')}</button>
    </div>`;
  }

  private renderCanIVote(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!this.canIVote && this.canIVoteState === 'error') {
      return html`<section part="eligibility" class="eligibility" aria-labelledby="eligibility-heading">
        <h3 id="eligibility-heading">${this.t('finder.eligibilityHeading')}</h3>
        <div part="error" class="chunk-error">
          <p class="error">${this.t('finder.eligibilityError')}</p>
          <button class="secondary" type="button" @click=${() => this.loadCanIVote()}>${this.t('common.retry')}</button>
        </div>
      </section>`;
    }
    // Page-wide setting on the partner's script tag (`data-election-type`, `data-election-date`); the element's own wins.
    const script = globalThis.document?.querySelector<HTMLScriptElement>('script[data-election-type], script[data-election-date]');
    return this.canIVote
      ? this.canIVote.renderCanIVote({
          t: (id, params) => this.t(id, params),
          date: (iso, options) => this.date(iso, options),
          language: this.language,
          state: this.vote,
          seatNation: view.kind === 'result' ? view.seat.nation : view.kind === 'choose' ? view.lookup.nation : undefined,
          update: (patch) => (this.vote = { ...this.vote, ...patch }),
          registerLink: this.registerLink(),
          electionType: this.electionType ?? script?.dataset['electionType'],
          electionDate: this.electionDate ?? script?.dataset['electionDate'],
          today: this.canIVote.ukToday(),
          requestUpdate: () => this.requestUpdate(),
        })
      : nothing;
  }

  /** "Ask others to join in" after the supporter acted, unless the partner set `share="off"` (docs/sharing.md). */
  private shareAfter(seat?: string): TemplateResult | typeof nothing {
    return shareBlock(this.shareOptions(seat));
  }
}
