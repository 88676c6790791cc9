/**
 * The sign-up form of `<sign-up-to-canvass>`: its rendering, the languages list, the request check and the
 * calendar file. A lazy chunk, outside the widget's first load: the component fetches it in the background
 * while sessions are listed (and again when a session is chosen, if that failed), so the list never waits for it. The component keeps the state (what was typed, the idempotency key) and
 * the requests; this module only draws the form and turns the typed values into a request or field errors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CANVASS_CONSENT_VERSION, type CanvassSession, type CanvassSignupReceipt, type CanvassSignupRequest } from '@solidarity-widgets/contract';
import type { IcsDownload } from './ics-download.js';
import { fieldErrorsOf } from '@solidarity-widgets/contract/json-validate';
import type { Params } from '../core/i18n/localize.js';
import type { MessageId } from './messages/index.js';

import type { CanvassDraft } from './draft-storage.js';
import { commonLanguagesFor, languageName } from './languages.js';
import { parseOtherLanguages } from './other-languages.js';
import { request as createCanvassSignupRequest } from '@solidarity-widgets/contract/json-schemas/request/createCanvassSignup';
import { useRoutes } from '../core/client.js';

/** The English of what this chunk draws: the component adds it to the widget's catalogue when the chunk loads. */
export { later } from './messages/later.en.js';

// The sign-up answer's schema loads with the first sign-up sent (see core/client.ts); the component registers the
// widget's other routes.
useRoutes({ createCanvassSignup: () => import('@solidarity-widgets/contract/json-schemas/createCanvassSignup') });

export { createIcsDownload } from './ics-download.js';
export { draftValues } from './draft-restore.js';

export type FieldKey = 'name' | 'email' | 'phone' | 'otherLanguages' | 'firstTime' | 'consentToContact' | 'form';
export type FieldErrors = Partial<Record<FieldKey, string>>;
interface Problem {
  field: string;
  code: string;
  message: string;
}

/** Order of the error summary = order of the fields on screen. */
const FIELD_ORDER: readonly FieldKey[] = ['name', 'email', 'phone', 'otherLanguages', 'firstTime', 'consentToContact', 'form'];
const FIELD_IDS: Record<Exclude<FieldKey, 'form'>, string> = {
  name: 'cv-name',
  email: 'cv-email',
  phone: 'cv-phone',
  otherLanguages: 'cv-other-languages',
  firstTime: 'cv-first-time',
  consentToContact: 'cv-consent',
};

/** What the form needs from the component: its state, its strings and its actions. */
export interface FormHost {
  readonly language: string;
  readonly session: CanvassSession;
  readonly values: CanvassDraft;
  readonly consent: boolean;
  readonly errors: FieldErrors;
  readonly submitting: boolean;
  readonly submitError: string;
  t(id: MessageId, params?: Params): string;
  /** A message id known to the catalogues (own, then shared). */
  hasMessage(id: string): boolean;
  /** The shared `field.<code>` message for a field error. */
  fieldMessage(error: Problem): string;
  formatWhen(session: CanvassSession): string;
  focus(selector: string): void;
  edit(patch: Partial<CanvassDraft>): void;
  setConsent(on: boolean): void;
  submit(event?: Event): void;
  clear(): void;
  back(): void;
}

const isFull = (session: CanvassSession) => session.status === 'full' || session.placesLeft <= 0;

function fieldKeyFor(field: string): FieldKey {
  const head = field.split('.')[0] ?? '';
  if (head === 'languages') return 'otherLanguages';
  return head in FIELD_IDS ? (head as FieldKey) : 'form';
}

function messageFor(host: FormHost, { field, code, message }: Problem): string {
  const own = `canvass.field.${field.split('.')[0] ?? ''}.${code}`;
  if (host.hasMessage(own)) return host.t(own as MessageId);
  if (host.hasMessage(`field.${code}`)) return host.fieldMessage({ field, code, message });
  return message;
}

/** Field errors (local or the server's) keyed by field, first one per field, in screen order. */
export function fieldErrors(host: FormHost, list: readonly Problem[]): FieldErrors {
  const errors: FieldErrors = {};
  const sorted = [...list].sort((a, b) => FIELD_ORDER.indexOf(fieldKeyFor(a.field)) - FIELD_ORDER.indexOf(fieldKeyFor(b.field)));
  for (const e of sorted) errors[fieldKeyFor(e.field)] ??= messageFor(host, e);
  return errors;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/** The request for what was typed, or the field errors that stop it being sent. */
export function checkSignup(host: FormHost): { ok: true; body: CanvassSignupRequest } | { ok: false; errors: FieldErrors } {
  const { values, session } = host;
  const other = parseOtherLanguages(values.otherLanguages, host.language);
  const languages = [...values.languages];
  if (other.ok) for (const tag of other.tags) if (!languages.includes(tag)) languages.push(tag);
  const body: CanvassSignupRequest = {
    sessionId: session.id,
    name: values.name.trim(),
    email: values.email.trim(),
    languages,
    firstTime: values.firstTime,
    consentToContact: host.consent as true,
    consentVersion: CANVASS_CONSENT_VERSION,
  };
  const phone = values.phone.trim();
  if (phone) body.phone = phone;
  // The supporter's emails (confirmation, reminder, changes) are written in the language they saw the form in.
  if (LANGUAGE_TAG.test(host.language)) body.language = host.language;

  const problems: Problem[] = [];
  for (const e of fieldErrorsOf(createCanvassSignupRequest, body)) {
    // An empty email fails the format check; "enter your email" is the kinder message.
    problems.push(e.field === 'email' && !body.email ? { ...e, code: 'required' } : e);
  }
  if (!other.ok) {
    problems.unshift({ field: 'otherLanguages', code: 'unknown', message: host.t('canvass.otherLanguagesUnknown', { value: other.unknown }) });
  }
  return problems.length ? { ok: false, errors: fieldErrors(host, problems) } : { ok: true, body };
}

function describedBy(host: FormHost, key: Exclude<FieldKey, 'form'>, hint?: string): string | typeof nothing {
  const ids = [hint, host.errors[key] ? `${FIELD_IDS[key]}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function fieldError(host: FormHost, key: Exclude<FieldKey, 'form'>): TemplateResult | typeof nothing {
  const message = host.errors[key];
  return message ? html`<p part="error" class="error" id=${`${FIELD_IDS[key]}-error`}>${message}</p>` : nothing;
}

function textField(
  host: FormHost,
  key: 'name' | 'email' | 'phone',
  label: MessageId,
  type: string,
  autocomplete: string,
  required: boolean,
  hint?: MessageId,
): TemplateResult {
  const id = FIELD_IDS[key];
  const hintId = hint ? `${id}-hint` : undefined;
  return html`
    <div class="field">
      <label part="label" for=${id}>
        ${host.t(label)} <span class="muted">${host.t(required ? 'common.required' : 'common.optional')}</span>
      </label>
      ${hint ? html`<p part="hint" class="hint" id=${hintId}>${host.t(hint)}</p>` : nothing}
      <input
        id=${id}
        part="input"
        name=${key}
        type=${type}
        autocomplete=${autocomplete}
        spellcheck="false"
        .value=${host.values[key]}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${host.errors[key] ? 'true' : 'false'}
        aria-describedby=${describedBy(host, key, hintId)}
        @input=${(e: Event) => host.edit({ [key]: (e.target as HTMLInputElement).value })}
      />
      ${fieldError(host, key)}
    </div>
  `;
}

function renderSummary(host: FormHost): TemplateResult | typeof nothing {
  const keys = FIELD_ORDER.filter((k) => host.errors[k]);
  if (!keys.length) return nothing;
  return html`
    <div part="error-summary" class="error-summary" id="cv-error-summary" role="alert" tabindex="-1" aria-labelledby="cv-error-summary-title">
      <p id="cv-error-summary-title">${host.t('form.fixErrors')}</p>
      <ul class="summary-list">
        ${keys.map((k) =>
          k === 'form'
            ? html`<li>${host.errors[k]}</li>`
            : html`<li>
                <button type="button" class="link" @click=${() => host.focus(`#${FIELD_IDS[k]}`)}>
                  ${host.errors[k]}
                </button>
              </li>`,
        )}
      </ul>
    </div>
  `;
}

export function renderForm(host: FormHost): TemplateResult {
  const { session, values, errors } = host;
  const full = isFull(session);
  const lang = host.language;
  const languages = commonLanguagesFor(lang);
  const toggleLanguage = (tag: string, on: boolean) => {
    const rest = host.values.languages.filter((l) => l !== tag);
    host.edit({ languages: on ? [...rest, tag] : rest });
  };
  return html`
    <form part="form" novalidate aria-labelledby="cv-form-heading" aria-busy=${host.submitting ? 'true' : 'false'} @submit=${(e: Event) => host.submit(e)}>
      <h3 part="form-heading" id="cv-form-heading" tabindex="-1">
        ${host.t(full ? 'canvass.formHeadingWaitlist' : 'canvass.formHeading', { title: session.title })}
      </h3>
      <div part="chosen" class="chosen">
        <p class="when">${host.formatWhen(session)}</p>
        <p>${host.t('canvass.meetingPoint', { place: session.meetingPoint })}</p>
        ${full ? html`<p class="error">${host.t('canvass.waitlistNote')}</p>` : nothing}
        <button part="back-button" type="button" class="secondary" @click=${() => host.back()}>${host.t('canvass.back')}</button>
      </div>
      ${renderSummary(host)}
      ${textField(host, 'name', 'canvass.name', 'text', 'name', true)}
      ${textField(host, 'email', 'canvass.email', 'email', 'email', true, 'canvass.emailHint')}
      ${textField(host, 'phone', 'canvass.phone', 'tel', 'tel', false, 'canvass.phoneHint')}
      <fieldset part="languages" aria-describedby="cv-languages-hint" aria-invalid=${errors.otherLanguages ? 'true' : 'false'}>
        <legend>${host.t('canvass.languages')} <span class="muted">${host.t('common.optional')}</span></legend>
        <p part="hint" class="hint" id="cv-languages-hint">${host.t('canvass.languagesHint')}</p>
        <div class="language-grid">
          ${languages.map(
            (l) => html`
              <label part="language-option" class="check">
                <input
                  part="checkbox"
                  type="checkbox"
                  name="languages"
                  .value=${l.tag}
                  .checked=${values.languages.includes(l.tag)}
                  @change=${(e: Event) => toggleLanguage(l.tag, (e.target as HTMLInputElement).checked)}
                />
                <span>
                  ${l.name}${l.endonym && l.endonym !== l.name && l.tag !== lang.split('-')[0]
                    ? html` <span class="endonym" lang=${l.tag}>(${l.endonym})</span>`
                    : nothing}
                </span>
              </label>
            `,
          )}
        </div>
        <label part="label" for="cv-other-languages">${host.t('canvass.otherLanguages')}</label>
        <p part="hint" class="hint" id="cv-other-languages-hint">${host.t('canvass.otherLanguagesHint', { example: languageName('yo', lang) })}</p>
        <input
          id="cv-other-languages"
          part="input"
          name="otherLanguages"
          type="text"
          spellcheck="false"
          .value=${values.otherLanguages}
          aria-invalid=${errors.otherLanguages ? 'true' : 'false'}
          aria-describedby=${describedBy(host, 'otherLanguages', 'cv-other-languages-hint')}
          @input=${(e: Event) => host.edit({ otherLanguages: (e.target as HTMLInputElement).value })}
        />
        ${fieldError(host, 'otherLanguages')}
      </fieldset>
      <div class="field">
        <label part="label" class="check" for="cv-first-time">
          <input
            id="cv-first-time"
            part="checkbox"
            type="checkbox"
            .checked=${values.firstTime}
            aria-describedby=${describedBy(host, 'firstTime', 'cv-first-time-hint')}
            @change=${(e: Event) => host.edit({ firstTime: (e.target as HTMLInputElement).checked })}
          />
          <span>${host.t('canvass.firstTime')}</span>
        </label>
        <p part="hint" class="hint" id="cv-first-time-hint">${host.t('canvass.firstTimeHint')}</p>
        ${fieldError(host, 'firstTime')}
      </div>
      <div part="consent" class="field">
        <label part="label" class="check" for="cv-consent">
          <input
            id="cv-consent"
            part="checkbox"
            type="checkbox"
            name="consentToContact"
            .checked=${host.consent}
            aria-required="true"
            aria-invalid=${errors.consentToContact ? 'true' : 'false'}
            aria-describedby=${describedBy(host, 'consentToContact', 'cv-consent-version')}
            @change=${(e: Event) => host.setConsent((e.target as HTMLInputElement).checked)}
          />
          <span>${host.t('canvass.consent')}</span>
        </label>
        <p part="consent-version" class="muted consent-version" id="cv-consent-version">
          ${host.t('canvass.consentVersion', { version: CANVASS_CONSENT_VERSION })}
        </p>
        ${fieldError(host, 'consentToContact')}
      </div>
      ${host.submitError
        ? html`<div part="submit-error" class="submit-error" id="cv-submit-error" role="alert" tabindex="-1">
            <p>${host.submitError}</p>
            <p class="muted">${host.t('canvass.keptTyped')}</p>
            <button part="retry-button" type="button" ?disabled=${host.submitting} @click=${() => host.submit()}>
              ${host.t('common.retry')}
            </button>
          </div>`
        : nothing}
      <div class="actions">
        <button part="submit-button" type="submit" ?disabled=${host.submitting}>
          ${host.submitting ? host.t('canvass.submitting') : full ? host.t('canvass.submitWaitlist') : host.t('canvass.submit')}
        </button>
        <button part="clear-button" type="button" class="secondary" ?disabled=${host.submitting} @click=${() => host.clear()}>
          ${host.t('canvass.clear')}
        </button>
      </div>
      <p part="hint" class="hint">${host.t('canvass.draftNote')}</p>
    </form>
  `;
}

/** What the confirmation needs from the element. */
export interface DoneHost {
  readonly receipt: CanvassSignupReceipt;
  readonly ics: IcsDownload | null;
  t(id: MessageId, params?: Params): string;
  formatWhen(session: CanvassSession): string;
  localWhen(session: CanvassSession): string | null;
  cancelHref(url: string): string;
  another(): void;
  share(seat: string): TemplateResult | typeof nothing;
}

/** The confirmation after a sign-up (a confirmed place or the waiting list): in this lazy chunk, as only a sign-up shows it. */
export function renderDone(host: DoneHost): TemplateResult {
  const { receipt, ics } = host;
  const { session } = receipt;
  const waitlisted = receipt.signup.status === 'waitlisted';
  const local = host.localWhen(session);
  return html`
    <div part="confirmation" class="confirmation">
      <h3 part="confirmation-heading" id="cv-confirmation-heading" class="success" tabindex="-1">
        ${host.t(waitlisted ? 'canvass.waitlistedHeading' : 'canvass.confirmedHeading')}
      </h3>
      <p>${host.t(waitlisted ? 'canvass.waitlisted' : 'canvass.confirmed', { title: session.title })}</p>
      <dl part="confirmation-details">
        <dt>${host.t('canvass.when')}</dt>
        <dd>${host.formatWhen(session)}${local ? html`<br /><span class="muted">${host.t('canvass.yourTime', { time: local })}</span>` : nothing}</dd>
        <dt>${host.t('canvass.where')}</dt>
        <dd dir="auto">${session.meetingPoint}</dd>
        <dt>${host.t('canvass.constituencyLabel')}</dt>
        <dd dir="auto">${session.constituency.name}</dd>
        <dt>${host.t('canvass.organiserLabel')}</dt>
        <dd><bdi>${session.organiser.name}</bdi>, <bdi>${session.organiser.contact}</bdi></dd>
        ${session.accessibility
          ? html`<dt>${host.t('canvass.accessibilityLabel')}</dt><dd dir="auto">${session.accessibility}</dd>`
          : nothing}
      </dl>
      <div class="actions">
        ${ics ? html`<a part="calendar-link" class="calendar" href=${ics.href} download=${ics.filename}>${host.t('canvass.addToCalendar')}</a>` : nothing}
        <button part="another-button" type="button" class="secondary" @click=${() => host.another()}>${host.t('canvass.another')}</button>
      </div>
      ${receipt.cancelUrl && /^https?:\/\//.test(receipt.cancelUrl)
        ? html`<p part="cancel-note" class="muted">
            ${host.t('canvass.cancelNote')}
            <a part="cancel-link" href=${host.cancelHref(receipt.cancelUrl)} target="_blank" rel="noopener noreferrer">${host.t('canvass.cancelLink')}</a>
          </p>`
        : nothing}
      ${host.share(session.constituency.name)}
    </div>
  `;
}
