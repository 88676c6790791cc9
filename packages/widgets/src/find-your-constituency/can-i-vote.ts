import { html, nothing, type TemplateResult } from 'lit';
import { ELIGIBILITY, votingRights, type NationalityGroup, type UkNation } from '@solidarity-widgets/data/eligibility';
import type { Params, PluralBase } from '../core/i18n/localize.js';
import type { MessageId } from './messages/en.js';

export type LivesIn = UkNation | 'abroad';

export interface CanIVoteContext {
  t(id: MessageId, params?: Params): string;
  /** A counted message in the form the language uses for `count`. */
  tCount(base: PluralBase<MessageId>, count: number, params?: Params): string;
  date(iso: string, options?: Intl.DateTimeFormatOptions): string;
  nationality: NationalityGroup | undefined;
  livesIn: LivesIn | undefined;
  setNationality(group: NationalityGroup): void;
  setLivesIn(where: LivesIn): void;
  registerLink: TemplateResult;
}

const NATIONALITIES: readonly NationalityGroup[] = ['british', 'irish', 'commonwealth', 'eu_treaty_or_retained', 'other_eu', 'other'];
const NATIONS: readonly UkNation[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];

/**
 * "Can I vote?": the supporter picks a nationality group and where they live, and sees which elections they can
 * vote in and from what age. The facts (and their sources and date) come from the data package's one eligibility
 * file; only the names of things are translated here. Lazy chunk: loaded only with `show-eligibility`.
 */
export function renderCanIVote(ctx: CanIVoteContext): TemplateResult {
  const { t, nationality, livesIn } = ctx;
  let answer: TemplateResult | typeof nothing = nothing;
  if (nationality && livesIn) {
    if (livesIn === 'abroad') {
      const o = ELIGIBILITY.overseasElectors;
      answer = html`<p>
        ${nationality === 'british' ? nothing : html`${t('finder.abroadNotBritish')} `}
        ${ctx.tCount('finder.overseas', o.renewEveryYears, { date: ctx.date(o.fifteenYearLimitRemoved, { year: 'numeric', month: 'long' }) })}
      </p>`;
    } else {
      answer = html`<ul class="rights">
        ${votingRights(nationality, livesIn).map(
          (r) => html`<li class=${r.canVote ? 'yes' : 'no'}>
            ${r.canVote
              ? t('finder.canVote', { election: t(`finder.election.${r.election}`), age: r.minAge ?? 18 })
              : t('finder.cannotVote', { election: t(`finder.election.${r.election}`) })}
            ${r.condition ? html`<span class="muted">(${r.condition})</span>` : nothing}
          </li>`,
        )}
      </ul>`;
    }
  }
  return html`<section part="eligibility" class="eligibility" aria-labelledby="eligibility-heading">
    <h3 id="eligibility-heading">${t('finder.eligibilityHeading')}</h3>
    <fieldset>
      <legend>${t('finder.nationality')}</legend>
      ${NATIONALITIES.map(
        (n) => html`<label class="check">
          <input type="radio" name="nationality" .value=${n} .checked=${n === nationality} @change=${() => ctx.setNationality(n)} />
          <span>${t(`finder.nationality.${n}`)}</span>
        </label>`,
      )}
    </fieldset>
    <div class="field">
      <label for="lives-in">${t('finder.livesIn')}</label>
      <select id="lives-in" @change=${(ev: Event) => ctx.setLivesIn((ev.target as HTMLSelectElement).value as LivesIn)}>
        <option value="" .selected=${!livesIn} disabled>${t('finder.chooseOne')}</option>
        ${NATIONS.map((n) => html`<option value=${n} .selected=${n === livesIn}>${t(`finder.nation.${n}`)}</option>`)}
        <option value="abroad" .selected=${livesIn === 'abroad'}>${t('finder.abroad')}</option>
      </select>
    </div>
    <div aria-live="polite">${answer}</div>
    ${ctx.registerLink}
    <details>
      <summary>${t('finder.sources', { date: ctx.date(ELIGIBILITY.asOf) })}</summary>
      <ul>
        ${ELIGIBILITY.sources.map((s) => html`<li><a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a></li>`)}
      </ul>
    </details>
  </section>`;
}
