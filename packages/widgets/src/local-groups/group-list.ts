/**
 * The groups of `<local-groups>` once they have arrived: each group (type, distance, communities, languages, offers,
 * contact) and the "add yours" link. A lazy chunk, outside the widget's first load (issue 17): the component fetches
 * it alongside the groups' request, so the list never waits for it; a failed download is the widget's network error
 * with "Try again" (core/lazy.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalGroupList } from '@solidarity-widgets/contract';
import { formatNumber, type Params } from '../core/i18n/localize.js';
import { displayName, formatList } from '../core/i18n/format.js';
import type { MessageId } from './messages/index.js';

/** The English of what this chunk draws: the component adds it to the widget's catalogue when the chunk loads. */
export { later } from './messages/later.en.js';

/** What the list needs from the component. */
export interface ListHost {
  readonly language: string;
  readonly connectUrl: string | undefined;
  t(id: MessageId, params?: Params): string;
}

function renderConnect(host: ListHost): TemplateResult | typeof nothing {
  return host.connectUrl ? html`<p><a part="connect-link" href=${host.connectUrl}>${host.t('groups.addYours')}</a></p>` : nothing;
}

/** The groups near the seat (or why there are none). */
export function renderList(host: ListHost, list: LocalGroupList): TemplateResult {
  const { t, language } = host;
  // Bare English means British English (no serial comma); Welsh joins with "a"/"ac" (core/i18n/format.ts).
  const join = (items: readonly string[]) => formatList(language, items);
  const seat = list.constituency;
  if (!seat) return html`<p part="empty">${t('groups.emptyNoSeat')}</p>`;
  if (!list.groups.length) {
    return html`<p part="empty">${t('groups.empty', { name: seat.name })}</p>${renderConnect(host)}`;
  }
  return html`<ul part="list" class="groups">
      ${list.groups.map(
        (g) => html`<li part="group" class="group">
          <h3 part="group-name" dir="auto">${g.organisation}</h3>
          <p part="meta" class="muted">
            ${t(`groups.type.${g.organisationType}`)} ·
            ${g.distanceKm === 0
              ? t('groups.here', { name: g.constituency.name })
              : t('groups.away', { km: formatNumber(language, g.distanceKm, { maximumFractionDigits: 1 }), name: g.constituency.name })}
          </p>
          ${g.communities ? html`<p dir="auto">${g.communities}</p>` : nothing}
          ${g.languages.length
            ? html`<p>${t('groups.languages', { list: join(g.languages.map((l) => displayName(language, 'language', l) ?? l)) })}</p>`
            : nothing}
          ${g.offers.length ? html`<p>${t('groups.offers', { list: join(g.offers.map((o) => t(`groups.offer.${o}`))) })}</p>` : nothing}
          ${g.contact
            ? html`<p part="contact">${t('groups.contact')}<a href="mailto:${g.contact.email}" dir="ltr">${g.contact.email}</a></p>`
            : nothing}
        </li>`,
      )}
    </ul>
    ${renderConnect(host)}`;
}
