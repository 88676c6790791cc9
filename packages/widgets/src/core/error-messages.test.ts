import { HttpError, NetworkError } from '@solidarity-widgets/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureLocale } from './i18n/localize.js';
import { SolidarityElement } from './solidarity-element.js';

/** Exposes the shared error sentence every widget shows. */
class ErrorProbe extends SolidarityElement {
  say(error: unknown): string {
    return this.describeError(error);
  }
}
customElements.define('sw-error-probe', ErrorProbe);

const request = { route: 'sendSolidarityMessage', method: 'POST', url: 'https://api.example/v1/solidarity-messages' };
const refused = new HttpError({
  status: 403,
  code: 'origin_not_allowed',
  message: 'This site (https://new.example) is not allowed to send data to this server. Ask the server operator to add it to ALLOWED_ORIGINS.',
  response: new Response(null, { status: 403 }),
  request,
});

async function probe(lang: string): Promise<ErrorProbe> {
  await ensureLocale(lang);
  const el = document.createElement('sw-error-probe') as ErrorProbe;
  el.lang = lang;
  document.body.append(el);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('the sentence a supporter sees when the partner\'s site is not allowed to send', () => {
  it('says the site is not set up yet, in the supporter\'s language, never the operator\'s setting or "check your connection"', async () => {
    const expected: Record<string, RegExp> = {
      en: /This site is not yet set up to send to the campaign’s server/,
      cy: /Nid yw’r wefan hon wedi’i gosod eto/,
      pl: /Ta strona nie jest jeszcze skonfigurowana/,
      ar: /لم يُهيّأ هذا الموقع بعد/,
    };
    const offline = (await probe('en')).say(new NetworkError(request, new TypeError('Failed to fetch')));
    for (const [lang, pattern] of Object.entries(expected)) {
      const text = (await probe(lang)).say(refused);
      expect(text, lang).toMatch(pattern);
      expect(text, lang).not.toContain('ALLOWED_ORIGINS');
      expect(text, lang).not.toBe(offline);
    }
  });
});
