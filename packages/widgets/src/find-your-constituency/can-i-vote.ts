import { html, nothing, type TemplateResult } from 'lit';
import {
  BRITISH_STATUSES,
  CALENDAR_SOURCES,
  BRITISH_STATUS_KEYWORDS,
  ELECTIONS_BY_NATION,
  ELECTION_KINDS,
  ELIGIBILITY,
  PHOTO_ID,
  PROPOSALS,
  asksRetainedRights,
  daysUntil,
  nationalityGroup,
  photoIdRule,
  registrationDeadline,
  votingRights,
  type BritishStatus,
  type ElectionKind,
  type UkNation,
} from '@solidarity-widgets/rules/eligibility';
export { ukToday } from '@solidarity-widgets/rules/eligibility';
import { ensureLocale, isLocaleReady, translate, translateCount, type Messages, type Params } from '../core/i18n/localize.js';
import type { MessageId } from './messages/en.js';
import { eligibilityCatalogue, type EligibilityMessageId } from './messages/eligibility.js';
import { displayName } from '../core/i18n/format.js';

export type LivesIn = UkNation | 'abroad';

/** What the supporter has told the explainer so far (kept by the element between renders). */
export interface VoteState {
  /** ISO country code or a British status id (`bno`, `botc`, …), once chosen. */
  nationality?: string | undefined;
  /** The text in the nationality field. */
  query: string;
  open: boolean;
  /** Index of the highlighted option while the list is open. */
  active: number;
  /** For EU citizens without a treaty: lived here since before 2021, came later, or not sure. */
  retained?: 'yes' | 'no' | 'unsure' | undefined;
  livesIn?: LivesIn | undefined;
}

export interface CanIVoteContext {
  t(id: MessageId, params?: Params): string;
  date(iso: string, options?: Intl.DateTimeFormatOptions): string;
  language: string;
  state: VoteState;
  /** Where the looked-up seat is, used until the supporter says where they live. */
  seatNation: UkNation | undefined;
  update(patch: Partial<VoteState>): void;
  registerLink: TemplateResult;
  /** The election the partner campaigns for (`election-type`, `election-date`), if configured. */
  electionType: string | undefined;
  electionDate: string | undefined;
  /** Today in the UK, `YYYY-MM-DD`. */
  today: string;
  /** Render again (when this chunk's translations have arrived). */
  requestUpdate(): void;
}

/** The context the helpers below use: `t` also knows the explainer's own strings (its own catalogue, in this chunk). */
type Ctx = Omit<CanIVoteContext, 't'> & { t(id: MessageId | EligibilityMessageId, params?: Params): string };

const NATIONS: readonly UkNation[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];

/**
 * Every country and territory a supporter might name (ISO 3166-1 alpha-2). The UK itself is the "British citizen"
 * status option. Names come from the browser (`Intl.DisplayNames`) in the widget's language, so no country names
 * need translating here.
 */
const COUNTRIES = (
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ CA CC ' +
  'CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA ' +
  'GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE ' +
  'KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
  'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/** English words people type for a few nationalities, besides the country's name. */
const ALIASES: Readonly<Record<string, string>> = { IE: 'Irish Eire', HK: 'BNO BN(O)' };

interface Option {
  id: string;
  label: string;
  /** Lower-case text the search matches. */
  haystack: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

let optionCache: { key: string; options: Option[] } | undefined;

/** Country names in `language` (the browser's, a fallback table, or English: core/i18n/format.ts). */
function regionNames(language: string): ((code: string) => string | undefined) {
  return (code) => displayName(language, 'region', code);
}

/** The picker's options: British statuses first, then countries in the widget's language, alphabetically. */
function nationalityOptions(ctx: Ctx): Option[] {
  // Keyed by the language and a translated label: the catalogue of a language may arrive after the first render.
  const key = `${ctx.language} ${ctx.t('finder.status.bno')}`;
  if (optionCache?.key === key) return optionCache.options;
  const local = regionNames(ctx.language);
  const english = regionNames('en');
  const statuses: Option[] = BRITISH_STATUSES.map((id: BritishStatus) => {
    const label = ctx.t(`finder.status.${id}`);
    return { id, label, haystack: fold(`${label} ${BRITISH_STATUS_KEYWORDS[id]}`) };
  });
  const countries: Option[] = COUNTRIES.map((code) => {
    const label = local(code) ?? english(code) ?? code;
    return { id: code, label, haystack: fold(`${label} ${english(code) ?? ''} ${code} ${ALIASES[code] ?? ''}`) };
  });
  const collator = new Intl.Collator(ctx.language);
  countries.sort((a, b) => collator.compare(a.label, b.label));
  const options = [...statuses, ...countries];
  optionCache = { key, options };
  return options;
}

function matches(options: Option[], query: string): Option[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return options;
  return options.filter((o) => words.every((w) => o.haystack.includes(w)));
}

function isElection(value: string | undefined): value is ElectionKind {
  return value !== undefined && (ELECTION_KINDS as readonly string[]).includes(value);
}

/** The nationality combobox (ARIA 1.2 pattern: an input with a list of options it filters). */
function renderPicker(ctx: Ctx): TemplateResult {
  const { t, state } = ctx;
  const options = nationalityOptions(ctx);
  const shown = state.open ? matches(options, state.query).slice(0, 12) : [];
  const active = Math.min(state.active, shown.length - 1);
  const choose = (o: Option) => ctx.update({ nationality: o.id, query: o.label, open: false, active: 0, retained: undefined });
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!state.open) return ctx.update({ open: true, active: 0 });
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      ctx.update({ active: (Math.max(active, 0) + step + shown.length) % Math.max(shown.length, 1) });
    } else if (ev.key === 'Enter' && state.open && shown[active]) {
      ev.preventDefault();
      choose(shown[active]);
    } else if (ev.key === 'Escape' && state.open) {
      ev.preventDefault();
      ctx.update({ open: false });
    }
  };
  return html`<div class="field combo">
    <label for="nationality">${t('finder.nationality')}</label>
    <p class="hint" id="nationality-hint">${t('finder.nationalityHint')}</p>
    <input
      id="nationality"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="nationality-options"
      aria-expanded=${state.open && shown.length ? 'true' : 'false'}
      aria-describedby="nationality-hint"
      aria-activedescendant=${state.open && shown[active] ? `nationality-option-${active}` : nothing}
      .value=${state.query}
      @input=${(ev: InputEvent) => ctx.update({ query: (ev.target as HTMLInputElement).value, open: true, active: 0, nationality: undefined })}
      @focus=${() => !state.nationality && ctx.update({ open: true })}
      @blur=${() => {
        // Leaving the field with a name typed in full counts as choosing it (keyboard and screen-reader users).
        const exact = !state.nationality ? options.find((o) => fold(o.label) === fold(state.query.trim())) : undefined;
        if (exact) choose(exact);
        else if (state.open) ctx.update({ open: false });
      }}
      @keydown=${onKey}
    />
    <ul id="nationality-options" role="listbox" aria-label=${t('finder.nationality')} class="options" ?hidden=${!shown.length}>
      ${shown.map(
        (o, i) => html`<li
          id="nationality-option-${i}"
          role="option"
          aria-selected=${i === active ? 'true' : 'false'}
          class=${i === active ? 'active' : ''}
          @mousedown=${(ev: Event) => ev.preventDefault()}
          @click=${() => choose(o)}
        >${o.label}</li>`,
      )}
    </ul>
    ${state.open && state.query.trim() && !shown.length ? html`<p class="muted">${t('finder.nationalityNoMatch')}</p>` : nothing}
  </div>`;
}

/** The question only an EU citizen without a treaty needs: since before 2021? In plain words, with examples. */
function renderRetained(ctx: Ctx): TemplateResult | typeof nothing {
  const { t, state } = ctx;
  if (!state.nationality || !asksRetainedRights(state.nationality)) return nothing;
  const choices = ['yes', 'no', 'unsure'] as const;
  return html`<fieldset>
    <legend>${t('finder.retained.question')}</legend>
    <p class="hint">${t('finder.retained.help')}</p>
    ${choices.map(
      (value) => html`<label class="check">
        <input type="radio" name="retained" .checked=${state.retained === value} @change=${() => ctx.update({ retained: value })} />
        <span>${t(`finder.retained.${value}`)}</span>
      </label>`,
    )}
  </fieldset>`;
}

function renderAnswer(ctx: Ctx, livesIn: LivesIn | undefined): TemplateResult | typeof nothing {
  const { t, state } = ctx;
  if (!state.nationality || !livesIn) return nothing;
  const retainedRights = state.retained === 'yes' ? true : state.retained === 'no' ? false : undefined;
  const group = nationalityGroup(state.nationality, { retainedRights });
  if (livesIn === 'abroad') {
    const o = ELIGIBILITY.overseasElectors;
    return html`<p>
        ${group === 'british' ? nothing : html`${t('finder.abroadNotBritish')} `}
        ${translateCount(ctx.language, 'finder.overseas', o.renewEveryYears, { date: ctx.date(o.fifteenYearLimitRemoved, { year: 'numeric', month: 'long' }) }, eligibilityCatalogue)}
      </p>
      <p>${t('finder.outsideService')}</p>`;
  }
  return html`<p>${t(`finder.group.${group}`)}</p>
    <ul class="rights">
      ${votingRights(group, livesIn).map((r) => {
        const election = t(`finder.election.${r.election}`);
        const text = !r.canVote
          ? t('finder.cannotVote', { election })
          : r.conditionId
            ? t('finder.canVoteIf', { election, age: r.minAge ?? 18, condition: t(`finder.condition.${r.conditionId}`) })
            : t('finder.canVote', { election, age: r.minAge ?? 18 });
        return html`<li class=${r.canVote ? 'yes' : 'no'}>${text}</li>`;
      })}
    </ul>
    ${state.nationality === 'HK' ? html`<p class="note">${t('finder.hongKongHint')}</p>` : nothing}`;
}

/** The election the partner campaigns for: registration deadline (date and countdown) and the photo ID rule. */
function renderElection(ctx: Ctx, nation: UkNation | undefined): TemplateResult | typeof nothing {
  const { t } = ctx;
  const type = ctx.electionType;
  if (!isElection(type)) return nothing;
  const name = t(`finder.election.${type}`);
  const heading = ctx.electionDate ? t('finder.electionHeading', { election: name, date: ctx.date(ctx.electionDate) }) : name;
  let body: TemplateResult;
  if (nation && !ELECTIONS_BY_NATION[nation].includes(type)) {
    body = html`<p>${t('finder.electionNotHeld', { nation: t(`finder.nation.${nation}`) })}</p>`;
  } else if (!nation && type !== 'general') {
    body = html`<p>${t('finder.deadline.chooseNation')}</p>`;
  } else {
    const deadline = ctx.electionDate ? registrationDeadline(ctx.electionDate, type, nation) : undefined;
    let when: TemplateResult | typeof nothing = nothing;
    if (ctx.electionDate) {
      if (!deadline) when = html`<p>${t('finder.deadline.unknown')}</p>`;
      else {
        const days = daysUntil(deadline.date, ctx.today);
        const countdown =
          days < 0 ? t('finder.deadline.passed') : days === 0 ? t('finder.deadline.today') : days === 1 ? t('finder.deadline.oneDay') : t('finder.deadline.daysLeft', { days });
        when = html`<p part="deadline"><strong>${t('finder.deadline', { date: ctx.date(deadline.date) })}</strong> ${countdown}</p>`;
      }
    }
    // Without a nation only a general election can be answered: the GB rule, with Northern Ireland's own list noted.
    const rule = photoIdRule(type, nation ?? 'England');
    const id =
      rule === 'none'
        ? html`<p part="photo-id">${t('finder.photoId.none')}</p>`
        : html`<p part="photo-id">${t(rule === 'ni' ? 'finder.photoId.ni' : 'finder.photoId.gb')}
            ${!nation ? t('finder.photoId.niToo') : nothing}
            <a href=${rule === 'ni' ? PHOTO_ID.northernIrelandUrl : PHOTO_ID.voterAuthorityCertificateUrl} target="_blank" rel="noopener noreferrer"
              >${t(rule === 'ni' ? 'finder.photoId.niLink' : 'finder.photoId.link')}</a></p>`;
    body = html`${when}${id}`;
  }
  return html`<div part="election" class="election">
    <h4>${heading}</h4>
    ${body}
  </div>`;
}

function renderProposals(ctx: Ctx): TemplateResult {
  const { t } = ctx;
  return html`<details>
    <summary>${t('finder.proposalsHeading')}</summary>
    <ul>
      ${PROPOSALS.map(
        (p) => html`<li>
          <strong>${p.status === 'law' && p.inForce ? t('finder.proposalStatus.law', { date: ctx.date(p.inForce) }) : t(`finder.proposalStatus.${p.status === 'law' ? 'bill' : p.status}`)}:</strong>
          ${t(`finder.proposal.${p.id}`, { date: ctx.date(p.date) })}
          <a href=${p.source.url} target="_blank" rel="noopener noreferrer">${t('finder.proposalSource')}</a>
        </li>`,
      )}
    </ul>
  </details>`;
}

/**
 * "Can I vote?": the supporter names their nationality (searchable: countries and British statuses) and where they
 * live, and sees which elections they can vote in, from what age and on what condition. With `election-type` (and
 * `election-date`) it also shows the registration deadline with a countdown and the photo ID rule. The facts (with
 * their sources and dates) come from the data package; only the wording is translated here. Lazy chunk: loaded only
 * with `show-eligibility`.
 */
export function renderCanIVote(outer: CanIVoteContext): TemplateResult {
  const own = eligibilityCatalogue as unknown as Messages<string>;
  if (!isLocaleReady(outer.language, [own])) void ensureLocale(outer.language, [own]).then(() => outer.requestUpdate());
  const ctx: Ctx = {
    ...outer,
    t: (id, params) =>
      id in eligibilityCatalogue.en
        ? translate(outer.language, id as EligibilityMessageId, params, eligibilityCatalogue)
        : outer.t(id as MessageId, params),
  };
  const { t, state } = ctx;
  const livesIn = state.livesIn ?? ctx.seatNation;
  const nation = livesIn === 'abroad' ? undefined : livesIn;
  return html`<section part="eligibility" class="eligibility" aria-labelledby="eligibility-heading">
    <h3 id="eligibility-heading">${t('finder.eligibilityHeading')}</h3>
    ${renderElection(ctx, nation)}
    ${renderPicker(ctx)}
    ${renderRetained(ctx)}
    <div class="field">
      <label for="lives-in">${t('finder.livesIn')}</label>
      <select id="lives-in" @change=${(ev: Event) => ctx.update({ livesIn: (ev.target as HTMLSelectElement).value as LivesIn })}>
        <option value="" .selected=${!livesIn} disabled>${t('finder.chooseOne')}</option>
        ${NATIONS.map((n) => html`<option value=${n} .selected=${n === livesIn}>${t(`finder.nation.${n}`)}</option>`)}
        <option value="abroad" .selected=${livesIn === 'abroad'}>${t('finder.abroad')}</option>
      </select>
    </div>
    <div aria-live="polite">${renderAnswer(ctx, livesIn)}</div>
    ${ctx.registerLink}
    ${renderProposals(ctx)}
    <details>
      <summary>${t('finder.sources', { date: ctx.date(ELIGIBILITY.asOf) })}</summary>
      <ul>
        ${[...ELIGIBILITY.sources, ...PHOTO_ID.sources, ...CALENDAR_SOURCES].map(
          // The sources are English pages with English titles: say so, for screen readers and for the direction.
          (s) => html`<li><a href=${s.url} target="_blank" rel="noopener noreferrer" lang="en" dir="ltr">${s.title}</a></li>`,
        )}
      </ul>
    </details>
  </section>`;
}
