import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { LocalGroupList } from '@solidarity-widgets/contract';
import { SolidarityElement } from '../core/solidarity-element.js';
import { themeStyles } from '../core/theme.styles.js';
import { retryableImport } from '../core/lazy.js';
import { catalogue, type OwnMessageId } from './messages/index.js';
import { addEnglish } from '../core/i18n/localize.js';
import { styles } from './local-groups.styles.js';
import { useRoutes } from '../core/client.js';

// The response schemas of the routes this widget calls, each loaded with its route's first request (alongside
// it), so neither this chunk nor the shared core carries them: see core/client.ts.
useRoutes({ listLocalGroups: () => import('@solidarity-widgets/contract/json-schemas/listLocalGroups') });

/**
 * Drawing the groups (group-list.ts): a lazy chunk fetched alongside the groups' request, so it is not in the first
 * load and the list never waits for it.
 */
type ListModule = typeof import('./group-list.js');
const loadListModule = retryableImport(() => import('./group-list.js'));
/** Thrown in place of a failed download of the list's chunk: shown as the network error it is. */
const LIST_CHUNK_FAILED = Symbol('list chunk failed');

type Where = { constituency: string } | { postcode: string };

type View =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; list: LocalGroupList };

/**
 * @summary The public directory of local groups (unions, diaspora associations, community and faith groups) that
 * asked to be listed and were approved by a moderator, for a constituency and its neighbouring seats.
 *
 * Give a `constituency` GSS code or a `postcode`; it also follows `<find-your-constituency>` on the same page (its
 * `constituency-found` event) unless `follow="false"`. With `connect-url`, an empty list links to the introduction form.
 *
 * @fires {CustomEvent<LocalGroupsUpdatedDetail>} local-groups-updated - when a list has loaded; `detail` is `{ constituency, count }`.
 *
 * @csspart base - the wrapper
 * @csspart heading - the title
 * @csspart status - the polite live region announcing loading and results
 * @csspart list - the list of groups
 * @csspart group - one group
 * @csspart group-name - a group's name
 * @csspart meta - a group's type and place
 * @csspart contact - a group's public email, when it chose to show one
 * @csspart empty - the message when no group is listed yet
 * @csspart connect-link - the link to the introduction form (`connect-url`)
 * @csspart error - a failed request's message
 * @csspart retry - the "Try again" button
 * @csspart footer - the moderation note
 *
 * @cssprop --sw-color-text - text
 * @cssprop --sw-color-surface - background
 * @cssprop --sw-color-primary - buttons
 * @cssprop --sw-color-focus - links and focus ring
 * @cssprop --sw-font-family - font
 * @cssprop --sw-line-height - line height of body text (default 1.5)
 * @cssprop --sw-letter-spacing - letter spacing (default normal)
 * @cssprop --sw-radius - corner radius
 * @cssprop --sw-space - spacing unit
 */
export class LocalGroups extends SolidarityElement<OwnMessageId> {
  static override styles = [themeStyles, styles];

  static override properties = {
    ...SolidarityElement.properties,
    constituency: {},
    postcode: {},
    connectUrl: { attribute: 'connect-url' },
    follow: { converter: (value: string | null) => value !== 'false' },
    view: { state: true },
    where: { state: true },
  };

  /** A GSS code, e.g. `E14001331`. Wins over `postcode`. */
  declare constituency: string | undefined;
  /** A UK postcode, sector or outcode. */
  declare postcode: string | undefined;
  /** Where organisations can ask to be introduced and listed (a page, or `#id` of a `<connect-locally>`). */
  declare connectUrl: string | undefined;
  /** Follow `constituency-found` events from a finder on the page. On by default. */
  declare follow: boolean;

  declare private view: View;
  declare private where: Where | undefined;

  private seq = 0;
  /** group-list.ts once it has loaded (always before the view is 'loaded'). */
  private listModule: ListModule | undefined;
  private readonly onFound = (event: HTMLElementEventMap['constituency-found']) => {
    if (this.follow) this.where = { constituency: event.detail.code };
  };

  protected override get catalogue() {
    return catalogue;
  }

  constructor() {
    super();
    this.follow = true;
    this.view = { kind: 'idle' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.document?.addEventListener('constituency-found', this.onFound as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.document?.removeEventListener('constituency-found', this.onFound as EventListener);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('constituency') || changed.has('postcode')) {
      if (this.constituency) this.where = { constituency: this.constituency };
      else if (this.postcode) this.where = { postcode: this.postcode };
    }
    if ((changed as Map<PropertyKey, unknown>).has('where') && this.where) void this.load(this.where);
  }

  private async load(where: Where): Promise<void> {
    const seq = ++this.seq;
    this.view = { kind: 'loading' };
    try {
      const [list, listModule] = await Promise.all([
        this.api.listLocalGroups(where),
        this.listModule ??
          loadListModule().catch(() => {
            // The list's code did not download: to the reader that is the network failing (the message says so).
            throw LIST_CHUNK_FAILED;
          }),
      ]);
      if (!this.listModule) addEnglish(catalogue, listModule.later);
      this.listModule = listModule;
      if (seq !== this.seq) return;
      this.view = { kind: 'loaded', list };
      this.emit('local-groups-updated', { constituency: list.constituency, count: list.groups.length });
    } catch (error) {
      if (seq !== this.seq) return;
      const message =
        error === LIST_CHUNK_FAILED
          ? this.t(globalThis.navigator?.onLine === false ? 'common.offline' : 'common.networkError')
          : this.describeError(error);
      this.view = { kind: 'error', message };
    }
  }

  private status(): string {
    const view = this.view;
    if (view.kind === 'loading') return this.t('groups.loading');
    if (view.kind === 'loaded' && view.list.constituency) {
      const name = view.list.constituency.name;
      return view.list.groups.length ? this.tCount('groups.loaded', view.list.groups.length, { name }) : this.t('groups.empty', { name });
    }
    return '';
  }

  private renderBody(): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'idle':
        return html`<p class="muted">${this.t('groups.prompt')}</p>`;
      case 'loading':
        return html`<p class="muted">${this.t('groups.loading')}</p>`;
      case 'error':
        return html`<div part="error">
          <p class="error">${this.t('groups.error')} ${view.message}</p>
          <button part="retry" type="button" class="secondary" @click=${() => this.where && void this.load(this.where)}>${this.t('common.retry')}</button>
        </div>`;
      case 'loaded':
        return this.listModule
          ? this.listModule.renderList({ language: this.language, connectUrl: this.connectUrl, t: (id, params) => this.t(id, params) }, view.list)
          : html`<p class="muted">${this.t('groups.loading')}</p>`;
    }
  }

  override render(): TemplateResult {
    const view = this.view;
    const seat = view.kind === 'loaded' ? view.list.constituency : null;
    return html`<section part="base" dir=${this.direction} lang=${this.language} aria-labelledby="lg-heading" aria-busy=${view.kind === 'loading' ? 'true' : 'false'}>
      <h2 part="heading" id="lg-heading">${seat ? this.t('groups.headingNear', { name: seat.name }) : this.t('groups.heading')}</h2>
      <p part="status" class="visually-hidden" role="status">${this.status()}</p>
      ${this.renderBody()}
      <footer part="footer"><p>${this.t('groups.note')}</p></footer>
    </section>`;
  }
}
