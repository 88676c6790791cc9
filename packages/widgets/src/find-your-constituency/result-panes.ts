/**
 * What `<find-your-constituency>` shows once a lookup has answered: the seats to choose from, the result (MP,
 * majority, party change, nearby marginals, "Get involved locally") and the "outside the constituencies" answer. A
 * lazy chunk, outside the widget's first load (issue 17): fetched with the postcode reader (postcode-reading.ts)
 * when the field takes focus and before every lookup, so no answer waits for it; if it cannot load, the lookup shows
 * the network error with "Try again" (core/lazy.ts). The component keeps the state, the requests and the other
 * lazy panes (targets, map, report), which it hands in ready drawn.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  Constituency,
  ConstituencySummary,
  LocalContact,
  LocalGroupList,
  NearbyMarginals,
  PostcodeLookup,
} from '@solidarity-widgets/contract';
import { formatNumber, type Params, type PluralBase } from '../core/i18n/localize.js';
import { displayName, formatList } from '../core/i18n/format.js';
import type { MessageId } from './messages/index.js';

/** The English of what this chunk draws: the component adds it to the widget's catalogue when the chunk loads. */
export { later } from './messages/later.en.js';

/** "Get involved locally": the seat's public contact (null when none is registered) and nearby listed groups. */
export type Local = 'loading' | 'error' | { contact: LocalContact | null; groups: LocalGroupList | null };

/** What the panes need from the component. */
export interface PanesHost {
  readonly language: string;
  /** The seat's full record, once fetched (the majority in votes, by-election, data dates). */
  readonly full: Constituency | undefined;
  readonly nearby: NearbyMarginals | 'loading' | 'error' | undefined;
  readonly local: Local | undefined;
  readonly showMap: boolean;
  /** Where "ask for an introduction" goes, if anywhere. */
  readonly connectHref: string | undefined;
  t(id: MessageId, params?: Params): string;
  tCount(base: PluralBase<MessageId>, count: number, params?: Params): string;
  /** A date (`YYYY-MM-DD` or `YYYY-MM`) as the widget's readers write it. */
  date(iso: string): string;
  chooseText(lookup: PostcodeLookup): string;
  choose(lookup: PostcodeLookup, seat: ConstituencySummary): void;
  showChoices(lookup: PostcodeLookup): void;
  retryNearby(): void;
  retryLocal(seat: ConstituencySummary): void;
  registerLink(): TemplateResult;
  /** The other panes, drawn by the component (each from its own lazy chunk). */
  targets(lookup: PostcodeLookup, seat: ConstituencySummary): TemplateResult | typeof nothing;
  hexMap(seat: ConstituencySummary, nearby: NearbyMarginals): TemplateResult | typeof nothing;
  report(lookup: PostcodeLookup, seat: ConstituencySummary, majority: string): TemplateResult | typeof nothing;
  share(seat: string): TemplateResult | typeof nothing;
}

/** A majority as a percentage: a tiny one (Runcorn and Helsby: 6 votes) must not read as "0%". */
function pct(lang: string, fraction: number): string {
  const percent = fraction * 100;
  if (percent > 0 && percent < 0.1) return formatNumber(lang, percent, { maximumSignificantDigits: 1 });
  return formatNumber(lang, percent, { maximumFractionDigits: 1 });
}

/** The postcode is outside the UK's constituencies (a Crown dependency, an overseas territory…). */
export function renderOutside(host: PanesHost, query: string, territory: string): TemplateResult {
  const { t } = host;
  return html`<div part="error" class="outside">
    <p role="alert">
      ${territory ? t('finder.outside', { postcode: query, territory }) : t('finder.outsideNoTerritory', { postcode: query })}
    </p>
    <p>${t('finder.outsideHelp')} ${t('finder.outsideService')}</p>
    ${host.registerLink()}
  </div>`;
}

/** The area is split between seats (or only its nation is known): the supporter chooses. */
export function renderChoices(host: PanesHost, lookup: PostcodeLookup): TemplateResult {
  return html`<div>
    <h3 id="choose-heading">${host.chooseText(lookup)}</h3>
    ${incompleteNote(host, lookup)}
    <ul part="choices" class="choices" aria-labelledby="choose-heading">
      ${lookup.matches.map(
        (m) => html`<li>
          <button part="choice" class="secondary choice" type="button" @click=${() => host.choose(lookup, m.constituency)}>
            <span class="name" dir="auto">${m.constituency.name}</span>
            ${m.share === null
              ? nothing
              : html`<span class="muted">${host.t('finder.share', { percent: Math.max(1, Math.round(m.share * 100)) })}</span>`}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** One seat: its MP and majority, then the nearby marginals, the party's targets, local contacts, report and share. */
export function renderResult(host: PanesHost, lookup: PostcodeLookup, seat: ConstituencySummary): TemplateResult {
  const { t, full } = host;
  const nation = t(`finder.nation.${seat.nation}`);
  const place = seat.region && seat.region !== seat.nation ? t('finder.place', { region: seat.region, nation }) : nation;
  const percent = pct(host.language, seat.majorityPct);
  const majority = majorityText(host, seat, percent);
  return html`<div part="result" class="result">
    <h3 id="result-heading" tabindex="-1">${t('finder.resultHeading', { name: seat.name })}</h3>
    <p class="muted">${t('finder.resultFor', { postcode: lookup.query })} · ${place}</p>
    ${incompleteNote(host, lookup)}
    <p>${t('finder.mp', { name: seat.mp.name, party: seat.mp.partyName })}</p>
    ${renderPartyChange(host, seat)}
    ${full?.byElection ? html`<p>${t('finder.byElection', { date: host.date(full.byElection.date) })}</p>` : nothing}
    <p>
      ${majority}
      <span part="badge" class="badge ${seat.marginality}">${t(`finder.band.${seat.marginality}`)}</span>
    </p>
    ${full?.byElection?.note ? html`<p class="muted">${t('finder.majorityNote')}</p>` : nothing}
    ${lookup.uncertain ? html`<p class="note">${t('finder.uncertain')}</p>` : nothing}
    ${lookup.matches.length > 1
      ? html`<p><button class="secondary" type="button" @click=${() => host.showChoices(lookup)}>${t('finder.changeSeat')}</button></p>`
      : nothing}
    ${host.targets(lookup, seat)}
    ${renderNearby(host, seat)}
    ${renderLocal(host, seat)}
    ${host.report(lookup, seat, majority)}
    ${host.share(seat.name)}
  </div>`;
}

/** "SE6 4A" is not a whole postcode: the answer is for its sector, and the supporter is told so and how to be exact. */
function incompleteNote(host: PanesHost, lookup: PostcodeLookup): TemplateResult | typeof nothing {
  return lookup.incomplete
    ? html`<p part="incomplete" class="note">${host.t('finder.incomplete', { typed: lookup.incomplete, sector: lookup.query })}</p>`
    : nothing;
}

/** "Elected as X; sits as Y since …" when the MP has changed party since their election. */
function renderPartyChange(host: PanesHost, seat: ConstituencySummary): TemplateResult | typeof nothing {
  const { elected, partySince, partySinceExact, partySource } = seat.mp;
  if (!elected || !partySince) return nothing;
  const source = partySource && /^https:\/\//.test(partySource) ? partySource : undefined;
  return html`<p part="party-change">${host.t(partySinceExact === false ? 'finder.mpElectedBy' : 'finder.mpElected', {
    party: elected.partyName,
    date: host.date(elected.date),
    current: seat.mp.partyName,
    since: host.date(partySince),
  })}${source
    ? html` <a class="muted" href=${source} target="_blank" rel="noopener noreferrer">${host.t('finder.partySource')}</a>`
    : nothing}</p>`;
}

/** The majority, saying which contest it is from (a by-election when there was one since 2024). */
function majorityText(host: PanesHost, seat: ConstituencySummary, percent: string): string {
  const { full } = host;
  const from = seat.majorityFrom;
  if (from?.election === 'by_election') {
    const date = host.date(from.date);
    return full
      ? host.tCount('finder.majorityByElection', full.majority, { percent, date })
      : host.t('finder.majorityPctByElection', { percent, date });
  }
  return full ? host.tCount('finder.majority', full.majority, { percent }) : host.t('finder.majorityPct', { percent });
}

function renderNearby(host: PanesHost, seat: ConstituencySummary): TemplateResult {
  const { t, nearby } = host;
  let body: TemplateResult;
  if (nearby === 'loading' || nearby === undefined) body = html`<p class="muted">${t('common.loading')}</p>`;
  else if (nearby === 'error') {
    body = html`<p class="error">${t('finder.nearbyError')}</p>
      <button class="secondary" type="button" @click=${() => host.retryNearby()}>${t('common.retry')}</button>`;
  } else if (!nearby.marginals.length) body = html`<p>${t('finder.nearbyEmpty')}</p>`;
  else {
    body = html`<ul>
        ${nearby.marginals.map(
          (m) => html`<li>
            ${t('finder.nearbyItem', {
              name: m.constituency.name,
              km: formatNumber(host.language, m.distanceKm, { maximumFractionDigits: 1 }),
              miles: formatNumber(host.language, m.distanceKm / 1.609344, { maximumFractionDigits: 1 }),
              percent: pct(host.language, m.constituency.majorityPct),
            })}
          </li>`,
        )}
      </ul>
      ${host.showMap ? host.hexMap(seat, nearby) : nothing}`;
  }
  return html`<div part="nearby" class="nearby" aria-busy=${nearby === 'loading' ? 'true' : 'false'}>
    <h4>${t('finder.nearbyHeading')}</h4>
    ${body}
  </div>`;
}

function renderLocal(host: PanesHost, seat: ConstituencySummary): TemplateResult {
  const { t, local } = host;
  // "English, Polish and Yoruba"; in Welsh "Saesneg, Pwyleg ac Iorwba" (core/i18n/format.ts).
  const languageList = (tags: readonly string[]) =>
    formatList(host.language, tags.map((tag) => displayName(host.language, 'language', tag) ?? tag));
  let body: TemplateResult;
  if (local === undefined || local === 'loading') body = html`<p class="muted">${t('common.loading')}</p>`;
  else if (local === 'error') {
    body = html`<p class="error">${t('finder.local.error')}</p>
      <button class="secondary" type="button" @click=${() => host.retryLocal(seat)}>${t('common.retry')}</button>`;
  } else {
    const c = local.contact;
    const href = host.connectHref;
    const contact = c
      ? html`<div part="local-contact">
          <p>${t('finder.local.contactIntro', { name: seat.name })} <strong dir="auto">${c.name}</strong></p>
          <p>${t('finder.local.email')} <a href="mailto:${c.email}" dir="ltr">${c.email}</a>${c.website && /^https?:\/\//i.test(c.website)
            ? html` · <a href=${c.website} target="_blank" rel="noopener noreferrer">${t('finder.local.website')}</a>`
            : nothing}</p>
          ${c.meetingPlace ? html`<p>${t('finder.local.meets', { place: c.meetingPlace })}</p>` : nothing}
          ${c.languages.length ? html`<p>${t('finder.local.speaks', { list: languageList(c.languages) })}</p>` : nothing}
        </div>`
      : html`<p>${t('finder.local.none', { name: seat.name })}</p>
          <p>${t('finder.local.introduce')}${href
            ? html` <a part="connect-link" href=${href}>${t('finder.local.introduceLink')}</a>`
            : nothing}</p>`;
    const groups = local.groups?.groups ?? [];
    body = html`${contact}
      ${local.groups
        ? html`<h5>${t('finder.groups.heading')}</h5>
            ${groups.length
              ? html`<ul part="groups">
                  ${groups.map(
                    (g) => html`<li>${g.languages.length
                      ? t('finder.groups.item', { name: g.organisation, list: languageList(g.languages) })
                      : g.organisation}</li>`,
                  )}
                </ul>`
              : html`<p>${t('finder.groups.none')}</p>`}`
        : nothing}`;
  }
  return html`<div part="local" class="local" aria-busy=${local === 'loading' ? 'true' : 'false'}>
    <h4>${t('finder.local.heading')}</h4>
    ${body}
  </div>`;
}
