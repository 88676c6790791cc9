/**
 * The sessions list of `<sign-up-to-canvass>` once it has arrived: the groups (the supporter's seat, the seats a
 * party could win or must hold, nearby marginals, the nearest elsewhere), each session, and what to do when there is
 * none. A lazy chunk, outside the widget's first load (issue 17): the component fetches it alongside the sessions'
 * own requests, so the list never waits for it; a failed download shows the list's network error and "Try again"
 * (core/lazy.ts). The component keeps the state and the actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CanvassSession } from '@solidarity-widgets/contract';
import { formatNumber, type Params, type PluralBase } from '../core/i18n/localize.js';
import type { MessageId } from './messages/index.js';

/** The English of what this chunk draws: the component adds it to the widget's catalogue when the chunk loads. */
export { later } from './messages/later.en.js';

/** One session in the list. `distanceKm` is null for the supporter's own constituency. */
export interface ListedSession {
  session: CanvassSession;
  distanceKm: number | null;
  /** With a partner's `party`: a seat it could win or must hold, and the swing that changes it (points). */
  target?: { kind: 'win' | 'hold'; swing: number };
}

/** What the list needs from the component. */
export interface ListHost {
  readonly language: string;
  readonly sessions: readonly ListedSession[];
  readonly elsewhere: readonly ListedSession[];
  readonly partyName: string;
  /** The seat's name (may be empty) and code. */
  readonly area: { readonly code: string; readonly name: string } | null;
  /** Where "ask for an introduction" goes, if anywhere. */
  readonly connectHref: string | undefined;
  t(id: MessageId, params?: Params): string;
  tCount(base: PluralBase<MessageId>, count: number): string;
  formatWhen(session: CanvassSession): string;
  /** The supporter's own clock, only when it reads differently from the UK's. */
  localWhen(session: CanvassSession): string | null;
  /** Whether this browser keeps an unfinished sign-up for the session (draft-storage.ts, in the widget's chunk). */
  hasDraft(sessionId: string): boolean;
  choose(session: CanvassSession): void;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The list of sessions found (the component draws the loading and error states). */
export function renderSessions(host: ListHost): TemplateResult {
  const { t } = host;
  const home = host.sessions.filter((s) => s.distanceKm === null);
  const nearby = host.sessions.filter((s) => s.distanceKm !== null && !s.target);
  const elsewhere = host.elsewhere;
  // With a party: seats to win, then seats to hold, each saying the list comes from the 2024 votes.
  const targetGroup = (kind: 'win' | 'hold') => {
    const list = host.sessions.filter((s) => s.target?.kind === kind);
    return list.length
      ? html`<section part="group" class="group" aria-labelledby="cv-${kind}-heading">
          <h3 part="group-heading" id="cv-${kind}-heading">${t(kind === 'win' ? 'canvass.winHeading' : 'canvass.holdHeading', { party: host.partyName })}</h3>
          <p class="muted">${t('canvass.targetsBasis')}</p>
          <ul class="sessions">${list.map((s) => renderSession(host, s))}</ul>
        </section>`
      : nothing;
  };
  return html`
    <div class="groups">
      <section part="group" class="group" aria-labelledby="cv-area-heading">
        ${home.length ? html`<ul class="sessions">${home.map((s) => renderSession(host, s))}</ul>` : renderEmpty(host)}
      </section>
      ${targetGroup('win')}
      ${targetGroup('hold')}
      ${nearby.length
        ? html`<section part="group" class="group" aria-labelledby="cv-nearby-heading">
            <h3 part="group-heading" id="cv-nearby-heading">${t('canvass.nearbyHeading')}</h3>
            <ul class="sessions">${nearby.map((s) => renderSession(host, s))}</ul>
          </section>`
        : nothing}
      ${elsewhere.length
        ? html`<section part="group" class="group" aria-labelledby="cv-elsewhere-heading">
            <h3 part="group-heading" id="cv-elsewhere-heading">${t('canvass.elsewhereHeading')}</h3>
            <ul class="sessions">${elsewhere.map((s) => renderSession(host, s))}</ul>
          </section>`
        : nothing}
    </div>
  `;
}

/** No sessions in the seat: say so once, and offer what comes next (sessions further away are listed below it). */
function renderEmpty(host: ListHost): TemplateResult {
  const { t } = host;
  const name = host.area?.name ?? '';
  const href = host.connectHref;
  return html`<div part="empty" class="empty">
    <p>${name ? t('canvass.emptyIn', { name }) : t('canvass.empty')}</p>
    ${href
      ? html`<p>${t('canvass.introduce', { name: name || (host.area?.code ?? '') })}
          <a part="connect-link" href=${href}>${t('canvass.introduceLink')}</a></p>`
      : nothing}
  </div>`;
}

function renderSession(host: ListHost, { session, distanceKm, target }: ListedSession): TemplateResult {
  const { t } = host;
  const titleId = `cv-title-${session.id}`;
  const full = session.status === 'full' || session.placesLeft <= 0;
  const local = host.localWhen(session);
  const draft = host.hasDraft(session.id);
  const seat = session.constituency.name;
  return html`
    <li part="session" class="session">
      <h4 part="session-title" id=${titleId} dir="auto">${session.title}</h4>
      <p part="session-when" class="when">${host.formatWhen(session)}</p>
      ${local ? html`<p part="session-local-time" class="muted">${t('canvass.yourTime', { time: local })}</p>` : nothing}
      <p part="session-detail">${t('canvass.meetingPoint', { place: session.meetingPoint })}</p>
      <p part="session-detail">
        ${distanceKm === null
          ? t('canvass.constituency', { name: seat })
          : t('canvass.constituencyNearby', { name: seat, km: round1(distanceKm), miles: round1(distanceKm * 0.621371) })}
      </p>
      ${target
        ? html`<p part="session-detail">${t(target.kind === 'win' ? 'canvass.swingWin' : 'canvass.swingHold', {
            party: host.partyName,
            swing: formatNumber(host.language, target.swing, target.swing > 0 && target.swing < 0.1 ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: 1 }),
          })}</p>`
        : nothing}
      <p part="session-detail">${t('canvass.organiser', { name: session.organiser.name, contact: session.organiser.contact })}</p>
      ${session.accessibility
        ? html`<p part="session-detail">${t('canvass.accessibility', { notes: session.accessibility })}</p>`
        : nothing}
      <p part="session-places" class=${full ? 'places full' : 'places'}>
        ${full ? t('canvass.full') : host.tCount('canvass.placesLeft', session.placesLeft)}
      </p>
      <button
        part="choose-button"
        type="button"
        id=${`cv-choose-${session.id}`}
        aria-describedby=${titleId}
        @click=${() => host.choose(session)}
      >
        ${draft ? t('canvass.continueDraft') : full ? t('canvass.joinWaitlist') : t('canvass.choose')}
      </button>
    </li>
  `;
}
