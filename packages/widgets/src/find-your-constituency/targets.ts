import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PartyTarget, PartyTargets } from '@solidarity-widgets/contract';
import type { ApiClient } from '../core/client.js';
import { useRoutes } from '../core/client.js';
import { ensureLocale, formatNumber, isLocaleReady, translate, translateCount, type Messages, type Params } from '../core/i18n/localize.js';
import { targetsCatalogue, type TargetsMessageId } from './messages/targets.js';

// Registered with this chunk, which only a finder with a `party` loads (see core/client.ts).
useRoutes({ partyTargets: () => import('@solidarity-widgets/contract/json-schemas/partyTargets') });

/** What the chunk needs from the element: its client, its language and a re-render. */
export interface TargetsHost extends ReactiveControllerHost {
  readonly api: ApiClient;
  readonly language: string;
}

export interface TargetsQuery {
  party: string;
  swing: number;
  count: number;
  /** The supporter's postcode (or area): distances are measured from its sector. */
  postcode: string;
}

export type TargetsState = PartyTargets | 'loading' | 'error' | undefined;

/** The strings of this chunk and the hex map, in `language` (English until the translation has loaded). */
export function targetsText(host: ReactiveControllerHost, language: string) {
  const own = targetsCatalogue as unknown as Messages<string>;
  if (!isLocaleReady(language, [own])) void ensureLocale(language, [own]).then(() => host.requestUpdate());
  return {
    t: (id: TargetsMessageId, params?: Params) => translate(language, id, params, targetsCatalogue),
    tCount: (base: 'targets.sessions' | 'map.hexVotes', count: number, params?: Params) =>
      translateCount(language, base, count, params, targetsCatalogue),
  };
}

/** Percentage points as a supporter reads them: one decimal, but a tiny swing never shows as "0". */
export function points(language: string, value: number): string {
  return formatNumber(language, value, value > 0 && value < 0.1 ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: 1 });
}

/**
 * "Where your help counts" for a partner's party (issue 13 §3): the nearest seats the party could win and must hold,
 * each with the swing needed, the distance and its canvassing sessions, said to be from the 2024 votes. A reactive
 * controller in a lazy chunk: the finder without a `party` never loads it. `render` asks for the seat's targets the
 * first time it is called for a seat (and again when the party, swing or count change), aborting an older request.
 */
export class PartyTargetsController {
  state: TargetsState;
  private key = '';
  private abort: AbortController | undefined;

  constructor(private readonly host: TargetsHost) {
    host.addController({ hostDisconnected: () => this.abort?.abort() });
  }

  /** Starts loading (once per seat and query); the result arrives as a re-render of the host. */
  load(code: string, query: TargetsQuery, force = false): void {
    const key = JSON.stringify([code, query]);
    if (key === this.key && !force) return;
    this.key = key;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = 'loading';
    this.host.api.partyTargets(code, query, { signal: abort.signal }).then(
      (targets) => {
        if (abort.signal.aborted) return;
        this.state = targets;
        this.host.requestUpdate();
      },
      () => {
        if (abort.signal.aborted) return;
        this.state = 'error';
        this.host.requestUpdate();
      },
    );
  }

  render(code: string, query: TargetsQuery): TemplateResult {
    this.load(code, query);
    const language = this.host.language;
    const { t, tCount } = targetsText(this.host, language);
    const state = this.state;
    let body: TemplateResult;
    if (state === 'loading' || state === undefined) body = html`<p class="muted">${translate(language, 'common.loading')}</p>`;
    else if (state === 'error') {
      body = html`<p class="error">${t('targets.error')}</p>
        <button class="secondary" type="button" @click=${() => this.load(code, query, true)}>${translate(language, 'common.retry')}</button>`;
    } else {
      const party = state.party.name;
      const swing = points(language, state.swing);
      const km = (x: PartyTarget) => formatNumber(language, x.distanceKm, { maximumFractionDigits: 1 });
      const miles = (x: PartyTarget) => formatNumber(language, x.distanceKm / 1.609344, { maximumFractionDigits: 1 });
      const list = (items: readonly PartyTarget[], kind: 'win' | 'hold') =>
        items.length
          ? html`<ul part="target-list" class=${kind}>
              ${items.map(
                (x) => html`<li part="target">
                  ${t(kind === 'win' ? 'targets.winItem' : 'targets.holdItem', { name: x.constituency.name, party, swing: points(language, x.swingNeeded), km: km(x), miles: miles(x) })}
                  ${x.constituency.code === code ? html` <strong>${t('targets.yours')}</strong>` : nothing}
                  <br /><span part="target-sessions" class=${x.sessions ? '' : 'muted'}>${x.sessions
                    ? tCount('targets.sessions', x.sessions, { name: x.constituency.name })
                    : t('targets.noSessions', { name: x.constituency.name })}</span>
                </li>`,
              )}
            </ul>`
          : html`<p>${t(kind === 'win' ? 'targets.winNone' : 'targets.holdNone', { party, swing })}</p>`;
      body = html`<p part="targets-basis" class="note">${t('targets.basis', { swing })}</p>
        <h5>${t('targets.win')}</h5>
        ${list(state.win, 'win')}
        <h5>${t('targets.hold')}</h5>
        ${list(state.hold, 'hold')}`;
    }
    return html`<div part="targets" class="targets" aria-busy=${state === 'loading' ? 'true' : 'false'}>
      <h4>${t('targets.heading', { party: typeof state === 'object' ? state.party.name : query.party })}</h4>
      ${body}
    </div>`;
  }
}
