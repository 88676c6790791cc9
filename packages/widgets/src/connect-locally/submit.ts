/**
 * The second stage of `<connect-locally>`: what sending the form needs (the request body, with the "other languages"
 * box read, checked against the contract's request schema) and the confirmation drawn after it. A lazy chunk,
 * outside the widget's first load (issue 17): the component fetches it in the background as soon as the
 * organisation starts on the form, and again when they send if that failed (core/lazy.ts). The component keeps
 * the state and the request; this module only turns what was typed into a request or field errors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INTRODUCTION_CONSENT_VERSION, type FieldError, type IntroductionRequest } from '@solidarity-widgets/contract';
import { fieldErrorsOf } from '@solidarity-widgets/contract/json-validate';
import { request as requestIntroductionRequest } from '@solidarity-widgets/contract/json-schemas/request/requestIntroduction';
import type { Params } from '../core/i18n/localize.js';
import { parseOtherLanguages } from '../sign-up-to-canvass/other-languages.js';
import type { Draft } from './connect-locally.component.js';
import type { MessageId } from './messages/index.js';

/** The English of what this chunk draws: the component adds it to the widget's catalogue when the chunk loads. */
export { later } from './messages/later.en.js';

export interface Checked {
  readonly body: IntroductionRequest;
  /** What the contract finds wrong with `body` (empty: it may be sent). */
  readonly errors: readonly FieldError[];
  /** The first "other language" that could not be read, if any. */
  readonly unknownLanguage?: string;
}

/** The request for what was typed, and what is wrong with it. `language` is the form's (the email is written in it). */
export function checkIntroduction(d: Draft, language: string): Checked {
  const other = parseOtherLanguages(d.otherLanguages, language);
  const languages = [...new Set([...d.languages, ...(other.ok ? other.tags : [])])];
  const body: IntroductionRequest = {
    organisation: d.organisation,
    organisationType: d.organisationType as IntroductionRequest['organisationType'],
    languages,
    constituencies: d.seats.map((s) => s.code),
    contactName: d.contactName,
    email: d.email.trim(),
    offers: d.offers as IntroductionRequest['offers'],
    consentToContact: d.consentToContact as true,
    consentVersion: INTRODUCTION_CONSENT_VERSION,
    listInDirectory: d.listInDirectory,
    showContactInDirectory: d.listInDirectory && d.showContactInDirectory,
  };
  if (d.communities.trim()) body.communities = d.communities;
  if (d.message.trim()) body.message = d.message;
  // The confirmation email is written in the language the form was shown in.
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(language)) body.language = language;
  const errors = fieldErrorsOf(requestIntroductionRequest, body);
  return other.ok ? { body, errors } : { body, errors, unknownLanguage: other.unknown };
}

/** What the confirmation shows. */
export interface Receipt {
  readonly organisation: string;
  readonly email: string;
  readonly seats: string;
  readonly listing: boolean;
}

/** The confirmation after sending (its heading takes focus: the component's `focusAfterRender`). */
export function renderDone(r: Receipt | null, t: (id: MessageId, params?: Params) => string, another: () => void): TemplateResult {
  return html`<div part="thanks" class="thanks">
    <h2 part="heading thanks-heading" tabindex="-1">${t('connect.thanksHeading', { organisation: r?.organisation ?? '' })}</h2>
    <p class="success" role="status">${t('connect.thanks', { seats: r?.seats ?? '' })}</p>
    <p>${t('connect.next', { email: r?.email ?? '' })}</p>
    ${r?.listing ? html`<p>${t('connect.nextListing')}</p>` : nothing}
    <button part="another" type="button" class="secondary" @click=${another}>${t('connect.another')}</button>
  </div>`;
}
