import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { PublicSolidarityMessage, SolidarityWallPage } from '@solidarity-widgets/contract';
import { SolidarityElement, themeStyles } from '../core/index.js';
import { catalogue, type OwnMessageId } from './messages/index.js';
import { addEnglish } from '../core/i18n/localize.js';
import { retryableImport } from '../core/lazy.js';
import { styles } from './solidarity-wall.styles.js';
import { useRoutes } from '../core/client.js';

// The response schemas of the routes this widget calls, each loaded with its route's first request (alongside
// it), so neither this chunk nor the shared core carries them: see core/client.ts.
useRoutes({
  listSolidarityMessages: () => import('@solidarity-widgets/contract/json-schemas/listSolidarityMessages'),
  pledgeCount: () => import('@solidarity-widgets/contract/json-schemas/pledgeCount'),
});

type Status = 'loading' | 'ready' | 'error';
type Totals = SolidarityWallPage['totals'];

/**
 * Drawing the messages (message-list.ts): a lazy chunk fetched alongside the first page's request, so it is not in
 * the first load and the wall never waits for it.
 */
type ListModule = typeof import('./message-list.js');
const loadListModule = retryableImport(() => import('./message-list.js'));

const DEFAULT_PAGE_SIZE = 10;
/** The API serves at most 50 messages a page. */
const MAX_PAGE_SIZE = 50;
/** Polling more often than this would only load the server; tests use the minimum. */
const MIN_REFRESH_SECONDS = 1;
/** After failures the wait doubles, up to this many times the configured interval. */
const MAX_BACKOFF_FACTOR = 16;

/**
 * @summary Approved messages of solidarity, newest first, with "Load more" and optional auto-refresh.
 * Every message is untrusted text: it is rendered as text only, isolated for direction and clipped to its box.
 *
 * @fires {CustomEvent<SolidarityWallUpdatedDetail>} solidarity-wall-updated - When messages were loaded (first page, "Load more" or an auto-refresh that found new ones).
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart totals - The line "N messages from M countries".
 * @csspart pledge-count - With `pledge-count`: the line "N people in your area have pledged to vote".
 * @csspart status - Loading text.
 * @csspart empty - Shown when there are no messages yet.
 * @csspart error - The error message when the wall could not load.
 * @csspart retry - The "Try again" button.
 * @csspart list - The list of messages.
 * @csspart item - Each list item.
 * @csspart message - Each message's box.
 * @csspart new - Added to `message` for messages that arrived by auto-refresh.
 * @csspart text - The message itself.
 * @csspart meta - Who, where, which language and when.
 * @csspart author - The sender's name and organisation.
 * @csspart name - The sender's name.
 * @csspart organisation - The sender's organisation.
 * @csspart country - The country, with its flag.
 * @csspart flag - The flag emoji (decorative).
 * @csspart language - The language the message is written in.
 * @csspart date - The publication date.
 * @csspart load-more - The "Load more" button.
 * @csspart more-error - The error shown when "Load more" failed.
 *
 * @cssprop --sw-wall-message-max-height - Tallest a message may be before it scrolls (default 16em).
 * @cssprop --sw-color-highlight - Background a newly arrived message fades from (not used when reduced motion is preferred).
 * @cssprop --sw-color-primary - Button and accent colour.
 * @cssprop --sw-color-on-primary - Text on the primary colour.
 * @cssprop --sw-color-text - Text colour.
 * @cssprop --sw-color-muted - Secondary text (meta line, totals).
 * @cssprop --sw-color-surface - Background.
 * @cssprop --sw-color-frame - Borders of the wall and its messages.
 * @cssprop --sw-color-error - Errors.
 * @cssprop --sw-color-focus - Focus ring.
 * @cssprop --sw-font-family - Font.
 * @cssprop --sw-line-height - line height of body text (default 1.5)
 * @cssprop --sw-letter-spacing - letter spacing (default normal)
 * @cssprop --sw-radius - Corner radius.
 * @cssprop --sw-space - Base spacing.
 */
export class SolidarityWall extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, styles];

  static override properties = {
    ...SolidarityElement.properties,
    allPartners: { type: Boolean, attribute: 'all-partners' },
    pageSize: { type: Number, attribute: 'page-size' },
    autoRefresh: { type: Number, attribute: 'auto-refresh' },
    pledgeCount: { type: Boolean, attribute: 'pledge-count' },
    constituency: {},
    _pledges: { state: true },
    _status: { state: true },
    _messages: { state: true },
    _totals: { state: true },
    _nextCursor: { state: true },
    _error: { state: true },
    _loadingMore: { state: true },
    _moreError: { state: true },
    _announcement: { state: true },
  };

  /** This widget's strings (the shared `common.*`/`field.*`/`form.*` ones come from the core). */
  protected override get catalogue() {
    return catalogue;
  }

  /** Show approved messages of every partner, not only this page's partner. */
  declare allPartners: boolean;
  /** Messages per page (1–50, default 10). */
  declare pageSize: number;
  /** Check for new messages every this many seconds (0 or absent: never). Paused while the page is hidden. */
  declare autoRefresh: number | undefined;
  /** Also show how many people in `constituency` have pledged to vote with `<pledge-to-vote>` (every partner's pledges). Off by default. */
  declare pledgeCount: boolean;
  /** GSS code of the area whose pledges `pledge-count` shows, e.g. `E14001331`. */
  declare constituency: string | undefined;

  /** Pledges in `constituency`, once loaded (undefined: off, loading or failed: the line is simply not shown). */
  declare private _pledges: number | undefined;
  private pledgeRequest = 0;

  declare private _status: Status;
  declare private _messages: readonly PublicSolidarityMessage[];
  declare private _totals: Totals | undefined;
  declare private _nextCursor: string | null;
  declare private _error: string;
  declare private _loadingMore: boolean;
  declare private _moreError: string;
  declare private _announcement: string;

  /** Ids of messages that arrived by auto-refresh (highlighted, unless reduced motion is preferred). */
  private fresh = new Set<string>();
  private controller: AbortController | undefined;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private lastFetchAt = 0;
  private focusId: string | undefined;
  private started = false;
  /** message-list.ts once it has loaded (always before the wall is 'ready'). */
  private list: ListModule | undefined;

  constructor() {
    super();
    this.allPartners = false;
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.autoRefresh = undefined;
    this.pledgeCount = false;
    this._pledges = undefined;
    this._status = 'loading';
    this._messages = [];
    this._totals = undefined;
    this._nextCursor = null;
    this._error = '';
    this._loadingMore = false;
    this._moreError = '';
    this._announcement = '';
  }

  protected override get effectivePartner(): string | undefined {
    return this.allPartners ? undefined : super.effectivePartner;
  }

  private get limit(): number {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  private get refreshMs(): number {
    const s = Number(this.autoRefresh);
    return Number.isFinite(s) && s > 0 ? Math.max(s, MIN_REFRESH_SECONDS) * 1000 : 0;
  }

  // ---- lifecycle --------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    // Moved in the DOM: pick up where we were.
    if (this.started) {
      if (this._status === 'ready') this.schedule();
      else void this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimer();
    if (this._status === 'loading') {
      this.controller?.abort();
      this.generation++;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Started here rather than in updated(), so the loading state is part of this render, not a second one.
    const source = ['apiBase', 'partner', 'allPartners', 'pageSize'].some((k) => changed.has(k));
    if (!this.started || source) {
      this.started = true;
      void this.reload();
    } else if (changed.has('autoRefresh')) {
      this.schedule();
    }
    if (['pledgeCount', 'constituency', 'apiBase'].some((k) => changed.has(k))) void this.loadPledgeCount();
  }

  /**
   * The pledge count is a footnote to the messages: a failure leaves the line out rather than showing an error.
   * Counted over every partner, as the pledge widget's own confirmation counts, so both say the same number.
   */
  private async loadPledgeCount(): Promise<void> {
    const request = ++this.pledgeRequest;
    this._pledges = undefined;
    const code = this.constituency?.trim();
    if (!this.pledgeCount || !code) return;
    try {
      const { count } = await this.api.pledgeCount({ constituency: code });
      if (request === this.pledgeRequest) this._pledges = count;
    } catch {
      // Left out: see above.
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.markScrollable();
    if (this.focusId) {
      const id = this.focusId;
      this.focusId = undefined;
      const target = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[part~="message"]')).find((el) => el.dataset['id'] === id);
      target?.focus();
    }
  }

  /**
   * A message taller than its box scrolls; keyboard users must be able to reach it
   * to scroll, so only those boxes join the tab order.
   */
  private markScrollable(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[part~="text"]')) {
      if (el.scrollHeight > el.clientHeight + 1) el.setAttribute('tabindex', '0');
      else el.removeAttribute('tabindex');
    }
  }

  // ---- data -------------------------------------------------------------------

  private fetchPage(cursor: string | undefined, signal: AbortSignal): Promise<SolidarityWallPage> {
    const partner = this.effectivePartner;
    return this.api.listSolidarityMessages(
      { limit: this.limit, ...(cursor ? { cursor } : {}), ...(partner ? { partner } : {}) },
      { signal },
    );
  }

  private newRequest(): { signal: AbortSignal; generation: number } {
    this.controller?.abort();
    this.controller = new AbortController();
    return { signal: this.controller.signal, generation: ++this.generation };
  }

  /** Loads the first page from scratch (start, attribute change, "Try again"). */
  private async reload(quiet = false): Promise<void> {
    this.stopTimer();
    const { signal, generation } = this.newRequest();
    if (!quiet) {
      this._status = 'loading';
      this._messages = [];
      this._totals = undefined;
      this._nextCursor = null;
      this._moreError = '';
      this._loadingMore = false;
      this.fresh.clear();
    }
    try {
      const [page, list] = await Promise.all([
        this.fetchPage(undefined, signal),
        this.list ??
          loadListModule().catch(() => {
            // The list's code did not download: to the reader that is the network failing (the message says so).
            throw new ListChunkError();
          }),
      ]);
      if (!this.list) addEnglish(catalogue, list.later);
      this.list = list;
      if (generation !== this.generation) return;
      this.lastFetchAt = Date.now();
      this.failures = 0;
      this._messages = dedupe(page.messages);
      this._nextCursor = page.nextCursor;
      this._totals = page.totals;
      this._status = 'ready';
      this._error = '';
      this.updatedEvent(page.messages.length);
    } catch (error) {
      if (generation !== this.generation || signal.aborted) return;
      this.lastFetchAt = Date.now();
      this.failures++;
      if (!quiet || this._status !== 'ready') {
        this._status = 'error';
        this._error =
          error instanceof ListChunkError
            ? this.t(globalThis.navigator?.onLine === false ? 'common.offline' : 'common.networkError')
            : this.describeError(error);
      }
    }
    this.schedule();
  }

  private async loadMore(): Promise<void> {
    const cursor = this._nextCursor;
    if (this._loadingMore || !cursor) return;
    this._loadingMore = true;
    this._moreError = '';
    const generation = this.generation;
    const controller = new AbortController();
    this.controller = controller;
    try {
      const page = await this.fetchPage(cursor, controller.signal);
      if (generation !== this.generation) return;
      const known = new Set(this._messages.map((m) => m.id));
      const added = page.messages.filter((m) => !known.has(m.id));
      this._messages = [...this._messages, ...added];
      this._nextCursor = page.nextCursor;
      this._totals = page.totals;
      // Keyboard and screen-reader users land on the first message they have not read yet.
      this.focusId = added[0]?.id;
      this.updatedEvent(added.length);
    } catch (error) {
      if (generation !== this.generation || controller.signal.aborted) return;
      this._moreError = this.describeError(error);
    } finally {
      if (generation === this.generation) this._loadingMore = false;
    }
  }

  /** One auto-refresh: fetch the first page and put any new messages on top. */
  private async refresh(): Promise<void> {
    if (document.hidden || !this.isConnected) return;
    if (this._status !== 'ready') return this.reload(true);
    if (this._loadingMore) return this.schedule();
    const { signal, generation } = this.newRequest();
    try {
      const page = await this.fetchPage(undefined, signal);
      if (generation !== this.generation) return;
      this.failures = 0;
      this.merge(page);
    } catch {
      if (generation !== this.generation || signal.aborted) return;
      this.failures++; // quietly: the messages already shown stay, and we try again later
    }
    this.lastFetchAt = Date.now();
    this.schedule();
  }

  private merge(page: SolidarityWallPage): void {
    this._totals = page.totals;
    const known = new Set(this._messages.map((m) => m.id));
    const added = page.messages.filter((m) => !known.has(m.id));
    if (!added.length) return;
    for (const m of added) this.fresh.add(m.id);
    if (added.length === page.messages.length && page.nextCursor && this._messages.length) {
      // More new messages than a page: there would be a gap, so start again from the newest.
      this._messages = dedupe(page.messages);
      this._nextCursor = page.nextCursor;
    } else {
      this._messages = [...added, ...this._messages];
    }
    this._announcement = this._announcement === this.t('wall.newMessages') ? `${this.t('wall.newMessages')}\u00a0` : this.t('wall.newMessages');
    this.updatedEvent(added.length);
  }

  private updatedEvent(added: number): void {
    const totals = this._totals ?? { messages: 0, countries: 0 };
    this.emit('solidarity-wall-updated', { shown: this._messages.length, added, totals: { ...totals } });
  }

  // ---- auto-refresh timing ----------------------------------------------------------

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.stopTimer();
    const every = this.refreshMs;
    if (!every || !this.isConnected || document.hidden) return;
    const wait = every * Math.min(2 ** this.failures, MAX_BACKOFF_FACTOR);
    const due = Math.max(0, this.lastFetchAt + wait - Date.now());
    this.timer = setTimeout(() => void this.refresh(), due);
  }

  /** Hidden tabs do not poll; when the page is shown again, catch up at once if a check is overdue. */
  private onVisibility = (): void => {
    if (document.hidden) this.stopTimer();
    else if (this.started) this.schedule();
  };

  // ---- rendering ----------------------------------------------------------------

  private renderBody(): TemplateResult {
    if (this._status === 'loading') {
      return html`<p part="status" class="muted">${this.t('common.loading')}</p>`;
    }
    if (this._status === 'error') {
      return html`<div part="error" role="alert">
        <p class="error">${this.t('wall.error')} ${this._error}</p>
        <button part="retry" type="button" class="secondary" @click=${() => void this.reload()}>${this.t('common.retry')}</button>
      </div>`;
    }
    if (!this._messages.length) {
      return html`<p part="empty" class="empty">${this.t('wall.empty')}</p>`;
    }
    if (!this.list) return html`<p part="status" class="muted">${this.t('common.loading')}</p>`;
    return this.list.renderList({
      language: this.language,
      messages: this._messages,
      fresh: this.fresh,
      moreError: this._moreError,
      hasMore: this._nextCursor !== null,
      loadingMore: this._loadingMore,
      t: (id, params) => this.t(id, params),
      loadMore: () => void this.loadMore(),
    });
  }

  override render(): TemplateResult {
    const totals = this._totals;
    const busy = this._status === 'loading' || this._loadingMore;
    return html`<section part="base" dir=${this.direction} lang=${this.language} aria-busy=${busy ? 'true' : 'false'}>
      <h2 part="heading">${this.t('wall.heading')}</h2>
      ${totals && this._status === 'ready' && totals.messages > 0
        ? html`<p part="totals" class="totals">
            ${this.t('wall.totals', {
              messages: this.tCount('wall.messages', totals.messages),
              countries: this.tCount('wall.countries', totals.countries),
            })}
          </p>`
        : nothing}
      ${this._pledges
        ? html`<p part="pledge-count" class="totals">${this.tCount('wall.pledgeCount', this._pledges)}</p>`
        : nothing}
      ${this.renderBody()}
      <p class="visually-hidden" aria-live="polite">${this._status === 'loading'
        ? this.t('common.loading')
        : this._loadingMore
          ? this.t('wall.loadingMore')
          : this._announcement}</p>
    </section>`;
  }
}

/** A failed download of message-list.ts (shown as the network error it is). */
class ListChunkError extends Error {}

function dedupe(messages: readonly PublicSolidarityMessage[]): PublicSolidarityMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}
