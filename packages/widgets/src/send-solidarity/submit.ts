/**
 * The second stage of `<send-solidarity>`: the check of a message against the contract's request schema before it
 * is sent, and the thank-you drawn after. A lazy chunk, outside the widget's first load (issue 17): the component
 * fetches it in the background as soon as the supporter starts on the form, and again when they send if that
 * failed (core/lazy.ts). The component keeps the state and the request.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError, SolidarityMessageRequest } from '@solidarity-widgets/contract';
import { fieldErrorsOf } from '@solidarity-widgets/contract/json-validate';
import { request as sendSolidarityMessageRequest } from '@solidarity-widgets/contract/json-schemas/request/sendSolidarityMessage';
import type { MessageId } from './messages/index.js';

/** The English of what this chunk draws: the component adds it to the widget's catalogue when the chunk loads. */
export { later } from './messages/later.en.js';

/**
 * What is wrong with `body` (empty: it may be sent). `length` is the message's length as the counter shows it and
 * `max` the widget's limit (maybe lower than the API's).
 */
export function checkMessage(body: SolidarityMessageRequest, length: number, max: number): FieldError[] {
  const out = fieldErrorsOf(sendSolidarityMessageRequest, body).map((e) =>
    // An unchosen country fails the code's format check; to a supporter it is simply missing.
    e.field === 'country' && !body.country ? { ...e, code: 'required' as const } : e,
  );
  if (length > max && !out.some((e) => e.field === 'message')) {
    out.push({ field: 'message', code: 'too_long', message: 'This is too long.' });
  }
  return out;
}

/** The thank-you after sending (or for a message the server already had); its heading takes focus. */
export function renderDone(
  duplicate: boolean,
  t: (id: MessageId) => string,
  another: () => void,
  share: TemplateResult | typeof nothing,
): TemplateResult {
  return html`
    <div part="thanks" class="thanks">
      <h2 part="heading thanks-heading" tabindex="-1">${t('solidarity.thanksHeading')}</h2>
      <p class="success" role="status">${duplicate ? t('solidarity.duplicate') : t('solidarity.thanks')}</p>
      <button part="another" type="button" class="secondary" @click=${another}>${t('solidarity.another')}</button>
      ${share}
    </div>
  `;
}
