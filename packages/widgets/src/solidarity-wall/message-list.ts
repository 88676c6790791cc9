/**
 * The messages of `<solidarity-wall>` once they have arrived: each message (flag, country and language names, date)
 * and the "Load more" button with its error. A lazy chunk, outside the widget's first load (issue 17): the
 * component fetches it alongside the first page's request, so the wall never waits for it; a failed download is the
 * wall's network error with "Try again" (core/lazy.ts). The component keeps the state and the paging.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicSolidarityMessage } from '@solidarity-widgets/contract';
import type { Params } from '../core/i18n/localize.js';
import { countryName, flagEmoji, formatDate, languageName } from './format.js';
import type { MessageId } from './messages/index.js';

/** The English of what this chunk draws: the component adds it to the widget's catalogue when the chunk loads. */
export { later } from './messages/later.en.js';

/** What the list needs from the component. */
export interface ListHost {
  readonly language: string;
  readonly messages: readonly PublicSolidarityMessage[];
  /** Ids of messages that arrived by auto-refresh (highlighted). */
  readonly fresh: ReadonlySet<string>;
  readonly moreError: string;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  t(id: MessageId, params?: Params): string;
  loadMore(): void;
}

function renderMessage(host: ListHost, m: PublicSolidarityMessage): TemplateResult {
  const lang = host.language;
  const isNew = host.fresh.has(m.id);
  // Untrusted text: only Lit text and attribute bindings, never HTML.
  return html`<li part="item">
    <article part="message${isNew ? ' new' : ''}" class="message${isNew ? ' new' : ''}" tabindex="-1" data-id=${m.id}>
      <p part="text" class="text" dir="auto" lang=${m.language}>${m.message}</p>
      <footer part="meta" class="meta">
        <span part="author" class="author"
          ><bdi part="name" class="name">${m.name}</bdi>${m.organisation
            ? html`<span class="sep" aria-hidden="true">, </span><bdi part="organisation">${m.organisation}</bdi>`
            : nothing}</span
        >
        <span class="details">
          <span part="country" class="country"
            ><span part="flag" aria-hidden="true">${flagEmoji(m.country)}</span> ${countryName(lang, m.country)}</span
          >
          <span part="language" class="language">${host.t('wall.writtenIn', { language: languageName(lang, m.language) })}</span>
          <time part="date" datetime=${m.publishedAt}>${formatDate(lang, m.publishedAt)}</time>
        </span>
      </footer>
    </article>
  </li>`;
}

/** The list of messages (at least one) and, while there are more, the button that loads the next page. */
export function renderList(host: ListHost): TemplateResult {
  return html`
    <ul part="list" class="list" role="list">
      ${host.messages.map((m) => renderMessage(host, m))}
    </ul>
    ${host.moreError ? html`<p part="more-error" id="more-error" class="error" role="alert">${host.moreError}</p>` : nothing}
    ${host.hasMore
      ? html`<button part="load-more" type="button" class="secondary" ?disabled=${host.loadingMore}
          aria-describedby=${host.moreError ? 'more-error' : nothing} @click=${() => host.loadMore()}>
          ${host.loadingMore ? host.t('wall.loadingMore') : host.t('wall.loadMore')}
        </button>`
      : nothing}
  `;
}
