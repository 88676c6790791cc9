/**
 * The body of `<pledge-to-vote>`: the partner's election (polling day, registration deadline with a countdown, the
 * photo ID rule), the pledge form, the confirmation and the "Can I vote?" explainer borrowed from the finder. A lazy
 * chunk, outside the widget's first load (the loader + widget budget in DESIGN.md): the element fetches it as soon as
 * it is connected and shows a loading line until then. The element keeps the state (what was typed, the idempotency
 * key) and makes the requests; this module draws and turns what was typed into a request or field errors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  ELECTIONS_BY_NATION,
  ELECTION_KINDS,
  PHOTO_ID,
  daysUntil,
  photoIdRule,
  registrationDeadline,
  ukToday,
  type ElectionKind,
  type UkNation,
} from '@solidarity-widgets/rules/eligibility';
import { ensureLocale, isLocaleReady, translate, type Messages, type Params } from '../core/i18n/localize.js';
import { formatDate } from '../core/i18n/format.js';
import { matchLanguage } from '../core/i18n/languages.js';
import { useRoutes } from '../core/client.js';
import { renderCanIVote, type VoteState } from '../find-your-constituency/can-i-vote.js';
import { eligibilityCatalogue, type EligibilityMessageId } from '../find-your-constituency/messages/eligibility.js';
import type { MessageId } from './messages/index.js';
import type { PledgeBody, PledgeIntent, PledgeResult } from './types.js';

export { ukToday };

// The pledge answer's schema loads with the first pledge sent (see core/client.ts).
useRoutes({ createPledge: () => import('@solidarity-widgets/contract/json-schemas/createPledge') });

export const REGISTER_URL = 'https://www.gov.uk/register-to-vote';

/** What the partner configured, checked: a known election kind and a real `YYYY-MM-DD` polling day. */
export type ElectionStatus = { kind: 'none' } | { kind: 'passed'; type: ElectionKind; date: string } | { kind: 'open'; type: ElectionKind; date: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** No election (or one the widget cannot read) means no pledge: a pledge without a date could never be reminded. */
export function electionStatus(type: string | undefined, date: string | undefined, today: string = ukToday()): ElectionStatus {
  const kind = type?.trim();
  const day = date?.trim();
  if (!kind || !day || !(ELECTION_KINDS as readonly string[]).includes(kind) || !isRealDate(day)) return { kind: 'none' };
  // Polling day itself is still open: the pledge is "I will vote today".
  return day < today ? { kind: 'passed', type: kind as ElectionKind, date: day } : { kind: 'open', type: kind as ElectionKind, date: day };
}

/** The nation of a seat, from its GSS code's first letter. */
export function nationOf(code: string | undefined): UkNation | undefined {
  switch (code?.[0]) {
    case 'E':
      return 'England';
    case 'W':
      return 'Wales';
    case 'S':
      return 'Scotland';
    case 'N':
      return 'Northern Ireland';
    default:
      return undefined;
  }
}

/** Whether the seat's nation holds this kind of election at all (`senedd` only in Wales, `mayoral` only in England…). */
export const heldIn = (type: ElectionKind, nation: UkNation): boolean => ELECTIONS_BY_NATION[nation].includes(type);

/** A nation the server named (`election_not_held_here`'s `details.nation`), if it is one. */
export function nationNamed(details: unknown): UkNation | undefined {
  const nation = typeof details === 'object' && details !== null ? (details as { nation?: unknown }).nation : undefined;
  return typeof nation === 'string' && nation in ELECTIONS_BY_NATION ? (nation as UkNation) : undefined;
}

export type FieldKey = 'intent' | 'email' | 'reminders' | 'form';
export type FieldErrors = Partial<Record<FieldKey, string>>;
const FIELD_ORDER: readonly FieldKey[] = ['intent', 'email', 'reminders', 'form'];
const FIELD_IDS: Record<Exclude<FieldKey, 'form'>, string> = { intent: 'pv-intent-vote', email: 'pv-email', reminders: 'pv-reminders' };

export interface Draft {
  intent: PledgeIntent | '';
  email: string;
  reminders: boolean;
  /** Honeypot: people never see it, so anything here came from a bot. */
  website: string;
}

/** What the chunk needs from the element: its state, its strings and its actions. */
export interface PledgeHost {
  readonly language: string;
  readonly election: { type: ElectionKind; date: string };
  readonly constituency: { code: string; name: string };
  readonly draft: Draft;
  readonly errors: FieldErrors;
  readonly submitting: boolean;
  readonly submitError: string;
  readonly canRetry: boolean;
  t(id: MessageId, params?: Params): string;
  tCount(base: 'pledge.daysLeft' | 'pledge.count', count: number): string;
  hasMessage(id: string): boolean;
  fieldMessage(error: { field: string; code: string; message: string }): string;
  edit(patch: Partial<Draft>): void;
  focus(selector: string): void;
  submit(event?: Event): void;
  requestUpdate(): void;
}

export function date(lang: string, iso: string): string {
  try {
    // Bare English means British English ("20 August 2026"); UTC so the day never shifts.
    return formatDate(lang, new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return iso;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The request for what was typed, or the field errors that stop it being sent. */
export function checkPledge(host: PledgeHost, partner: string | undefined): { ok: true; body: PledgeBody } | { ok: false; errors: FieldErrors } {
  const { draft } = host;
  const errors: FieldErrors = {};
  const email = draft.email.trim();
  if (!draft.intent) errors.intent = host.t('pledge.intentRequired');
  if (email && !EMAIL.test(email)) errors.email = host.fieldMessage({ field: 'email', code: 'invalid_format', message: '' });
  if (draft.reminders && !email) errors.reminders = host.t('pledge.remindersNeedEmail');
  if (Object.keys(errors).length || !draft.intent) return { ok: false, errors };
  const body: PledgeBody = {
    constituencyCode: host.constituency.code,
    intent: draft.intent,
    election: { type: host.election.type, date: host.election.date },
    reminders: draft.reminders && !!email,
  };
  if (partner) body.partner = partner;
  if (email) body.email = email;
  // Reminders are written in the language the supporter saw the widget in (one of the 21; `pl-PL` counts as `pl`).
  const language = matchLanguage(host.language);
  if (language) body.language = language;
  if (draft.website) body.website = draft.website;
  return { ok: true, body };
}

function keyFor(field: string): FieldKey {
  const head = field.split('.')[0] ?? '';
  return head === 'intent' || head === 'email' || head === 'reminders' ? head : 'form';
}

/** The server's field errors, in the widget's words where it has them. */
export function serverFieldErrors(host: PledgeHost, list: readonly { field: string; code: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const e of list) {
    const key = keyFor(e.field);
    let text: string;
    if (key === 'intent') text = host.t('pledge.intentRequired');
    else if (key === 'reminders') text = host.t('pledge.remindersNeedEmail');
    else if (host.hasMessage(`field.${e.field}.${e.code}`) || host.hasMessage(`field.${e.code}`)) text = host.fieldMessage(e);
    else text = e.message;
    errors[key] ??= text;
  }
  return errors;
}

/** The partner's election: polling day, the registration deadline with a countdown, photo ID and where to register. */
export function renderElection(host: PledgeHost, nation: UkNation | undefined, today: string = ukToday()): TemplateResult {
  const { t, language } = host;
  const { type, date: day } = host.election;
  const names = eligibilityCatalogue as unknown as Messages<string>;
  if (!isLocaleReady(language, [names])) void ensureLocale(language, [names]).then(() => host.requestUpdate());
  const name = translate(language, `finder.election.${type}`, undefined, eligibilityCatalogue);
  const deadline = registrationDeadline(day, type, nation);
  let countdown: string;
  if (!deadline) countdown = t('pledge.deadlineUnknown');
  else {
    const days = daysUntil(deadline.date, today);
    countdown = days < 0 ? t('pledge.deadlinePassed') : days === 0 ? t('pledge.deadlineToday') : host.tCount('pledge.daysLeft', days);
  }
  // A seat we do not know yet: a general election's GB rule (Northern Ireland's own list applies there).
  const rule = photoIdRule(type, nation ?? 'England');
  return html`<div part="election" class="election">
    <h3 part="election-heading">${name}</h3>
    <p part="polling-day"><strong>${t('pledge.pollingDay', { date: date(language, day) })}</strong></p>
    ${deadline ? html`<p part="deadline">${t('pledge.deadline', { date: date(language, deadline.date) })}</p>` : nothing}
    <p part="countdown">${countdown}</p>
    <p part="photo-id">
      ${rule === 'none'
        ? t('pledge.photoId.none')
        : html`${t(rule === 'ni' ? 'pledge.photoId.ni' : 'pledge.photoId.gb')}
            <a href=${rule === 'ni' ? PHOTO_ID.northernIrelandUrl : PHOTO_ID.voterAuthorityCertificateUrl} target="_blank" rel="noopener noreferrer"
              >${t(rule === 'ni' ? 'pledge.photoId.niLink' : 'pledge.photoId.link')}</a
            >`}
    </p>
    ${renderRegisterLink(host)}
  </div>`;
}

/**
 * The partner's election is not held in the supporter's nation: no pledge, and none of that election's facts (its
 * deadline and photo ID rule would be another nation's), only what is true here and where to register.
 */
export function renderNotHeld(host: Pick<PledgeHost, 't' | 'language' | 'election' | 'requestUpdate'>, nation: UkNation): TemplateResult {
  const names = eligibilityCatalogue as unknown as Messages<string>;
  if (!isLocaleReady(host.language, [names])) void ensureLocale(host.language, [names]).then(() => host.requestUpdate());
  const election = translate(host.language, `finder.election.${host.election.type}`, undefined, eligibilityCatalogue);
  const where = translate(host.language, `finder.nation.${nation}`, undefined, eligibilityCatalogue);
  return html`<p part="closed" class="closed" id="pv-closed" tabindex="-1">${host.t('pledge.notHeld', { election, nation: where })}</p>
    ${renderRegisterLink(host)}`;
}

export function renderRegisterLink(host: Pick<PledgeHost, 't'>): TemplateResult {
  return html`<p><a part="register-link" href=${REGISTER_URL} target="_blank" rel="noopener noreferrer">${host.t('pledge.register')}</a></p>`;
}

function describedBy(host: PledgeHost, key: Exclude<FieldKey, 'form'>, hint?: string): string | typeof nothing {
  const ids = [hint, host.errors[key] ? `${FIELD_IDS[key]}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function fieldError(host: PledgeHost, key: Exclude<FieldKey, 'form'>): TemplateResult | typeof nothing {
  const message = host.errors[key];
  return message ? html`<p part="field-error" class="error" id=${`${FIELD_IDS[key]}-error`}>${message}</p>` : nothing;
}

function renderSummary(host: PledgeHost): TemplateResult | typeof nothing {
  const keys = FIELD_ORDER.filter((k) => host.errors[k]);
  if (!keys.length) return nothing;
  return html`<div part="error-summary" class="error-summary" id="pv-error-summary" role="alert" tabindex="-1" aria-labelledby="pv-error-summary-title">
    <p id="pv-error-summary-title">${host.t('form.fixErrors')}</p>
    <ul class="summary-list">
      ${keys.map((k) =>
        k === 'form'
          ? html`<li>${host.errors[k]}</li>`
          : html`<li><button type="button" class="link" @click=${() => host.focus(`#${FIELD_IDS[k]}`)}>${host.errors[k]}</button></li>`,
      )}
    </ul>
  </div>`;
}

const INTENTS: readonly PledgeIntent[] = ['vote', 'register-and-vote'];

export function renderForm(host: PledgeHost): TemplateResult {
  const { draft, errors } = host;
  return html`<form part="form" novalidate aria-busy=${host.submitting ? 'true' : 'false'} @submit=${(e: Event) => host.submit(e)}>
    ${renderSummary(host)}
    <fieldset part="intent" aria-invalid=${errors.intent ? 'true' : 'false'} aria-describedby=${describedBy(host, 'intent')}>
      <legend>${host.t('pledge.intentLegend')}</legend>
      ${INTENTS.map(
        (intent) => html`<label part="label" class="check" for="pv-intent-${intent}">
          <input part="radio" type="radio" name="intent" id="pv-intent-${intent}" .value=${intent}
            .checked=${draft.intent === intent} aria-required="true"
            @change=${() => host.edit({ intent })} />
          <span>${host.t(`pledge.intent.${intent}`)}</span>
        </label>`,
      )}
      ${fieldError(host, 'intent')}
    </fieldset>
    <div class="field">
      <label part="label" for="pv-email">${host.t('pledge.email')} <span class="muted">${host.t('common.optional')}</span></label>
      <p part="hint" class="hint" id="pv-email-hint">${host.t('pledge.emailHint')}</p>
      <input part="input" id="pv-email" name="email" type="email" autocomplete="email" inputmode="email" spellcheck="false"
        .value=${draft.email}
        aria-invalid=${errors.email ? 'true' : 'false'}
        aria-describedby=${describedBy(host, 'email', 'pv-email-hint')}
        @input=${(e: Event) => host.edit({ email: (e.target as HTMLInputElement).value })} />
      ${fieldError(host, 'email')}
    </div>
    <div class="field">
      <label part="label" class="check" for="pv-reminders">
        <input part="checkbox" id="pv-reminders" name="reminders" type="checkbox" .checked=${draft.reminders}
          aria-invalid=${errors.reminders ? 'true' : 'false'}
          aria-describedby=${describedBy(host, 'reminders')}
          @change=${(e: Event) => host.edit({ reminders: (e.target as HTMLInputElement).checked })} />
        <span>${host.t('pledge.reminders')}</span>
      </label>
      ${fieldError(host, 'reminders')}
    </div>
    <!-- Honeypot: hidden from eyes, from the keyboard and from assistive technology. -->
    <div class="hp" aria-hidden="true">
      <label for="pv-website">${host.t('pledge.website')}</label>
      <input id="pv-website" name="website" type="text" tabindex="-1" autocomplete="off"
        .value=${draft.website} @input=${(e: Event) => host.edit({ website: (e.target as HTMLInputElement).value })} />
    </div>
    ${host.submitError
      ? html`<div part="submit-error" class="submit-error" id="pv-submit-error" role="alert" tabindex="-1">
          <p>${host.submitError}</p>
          <p class="muted">${host.t('pledge.keptTyped')}</p>
          ${host.canRetry
            ? html`<button part="retry-button" type="button" ?disabled=${host.submitting} @click=${() => host.submit()}>${host.t('common.retry')}</button>`
            : nothing}
        </div>`
      : nothing}
    <button part="submit-button" type="submit" ?disabled=${host.submitting}>
      ${host.submitting ? host.t('pledge.submitting') : host.t('pledge.submit')}
    </button>
  </form>`;
}

/** The confirmation: what was recorded, the reminder dates the server chose, the count and the share block. */
export function renderDone(host: PledgeHost, result: PledgeResult, share: TemplateResult | typeof nothing): TemplateResult {
  const { t, language } = host;
  const { pledge } = result;
  const stop = pledge.stopUrl && /^https?:\/\//.test(pledge.stopUrl) ? pledge.stopUrl : undefined;
  return html`<div part="confirmation" class="confirmation">
    <h3 part="confirmation-heading" id="pv-confirmation-heading" class="success" tabindex="-1">
      ${t(result.alreadyPledged ? 'pledge.alreadyHeading' : 'pledge.thanksHeading')}
    </h3>
    ${result.alreadyPledged ? html`<p>${t('pledge.already')}</p>` : nothing}
    ${pledge.reminders && pledge.reminderDates.length
      ? html`<h4>${t('pledge.remindersHeading')}</h4>
          <ul part="reminder-dates">
            ${pledge.reminderDates.map((r) => html`<li>${t(`pledge.reminder.${r.kind}`, { date: date(language, r.date) })}</li>`)}
          </ul>
          ${stop ? html`<p><a part="stop-link" href=${stop} target="_blank" rel="noopener noreferrer">${t('pledge.stopReminders')}</a></p>` : nothing}`
      : html`<p>${t('pledge.noReminders')}</p>`}
    <p part="count" class="count">${host.tCount('pledge.count', result.count)}</p>
    ${pledge.intent === 'register-and-vote' ? renderRegisterLink(host) : nothing}
    ${share}
  </div>`;
}

/** What the explainer needs beyond the host: its own state, kept by the element. */
export interface ExplainerHost {
  readonly language: string;
  readonly vote: VoteState;
  readonly nation: UkNation | undefined;
  updateVote(patch: Partial<VoteState>): void;
  requestUpdate(): void;
}

/**
 * The finder's "Can I vote?" explainer, as it is (the same facts and words, from its own catalogue, which holds
 * every string it shows: the finder's main catalogue is not needed, so it is not pulled into this chunk or split
 * out of the finder's). The partner's election is shown above it by {@link renderElection}, so the explainer is
 * given none (no second deadline box), and the register link is already there too.
 */
export function renderExplainer(host: ExplainerHost): TemplateResult {
  const lang = host.language;
  return renderCanIVote({
    // Only reached for an id the explainer's catalogue lacks (none today): English text by id, never a crash.
    t: (id, params?: Params) => translate(lang, id as EligibilityMessageId, params, eligibilityCatalogue),
    date: (iso, options) => {
      try {
        return formatDate(lang, new Date(iso.length === 7 ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`), { dateStyle: 'long', ...options, timeZone: 'UTC' });
      } catch {
        return iso;
      }
    },
    language: lang,
    state: host.vote,
    seatNation: host.nation,
    update: (patch) => host.updateVote(patch),
    registerLink: html``,
    electionType: undefined,
    electionDate: undefined,
    today: ukToday(),
    requestUpdate: () => host.requestUpdate(),
  });
}
