import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, makeSession, setup, signupBody } from '../testing/harness.js';
import { CANCEL_PAGE_MESSAGES, pickLanguage, tooManyBody } from './cancel-page-messages.js';

// The cancellation page speaks the language of the sign-up: `lang` in the link (the widget adds it), else the
// browser's Accept-Language, else English; the form carries the language on to the result page.
let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
});
afterAll(() => h.close());

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

async function signedUp(email: string, extra: Record<string, unknown> = {}) {
  const session = await makeSession(h.call, h.adminToken);
  const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(session, { email, ...extra }) });
  expect(res.status, res.text).toBe(201);
  const receipt = res.json as { signup: { id: string }; cancelToken: string; cancelUrl: string };
  return { ...receipt, path: `${new URL(receipt.cancelUrl).pathname}${new URL(receipt.cancelUrl).search}` };
}

describe('the cancellation page in the sign-up\'s language', () => {
  it('Welsh from the link: the question, the button, then the result with a Welsh date', async () => {
    const mine = await signedUp('cy-page@example.org');
    const opened = await h.call('GET', `${mine.path}&lang=cy`);
    expect(opened.status).toBe(200);
    expect(opened.text).toContain('<html lang="cy" dir="ltr">');
    expect(opened.text).toContain('Canslo fy lle');
    expect(opened.text).not.toContain('Cancel my place');
    expect(opened.text).toContain('name="lang" value="cy"');

    const form = new URLSearchParams({ id: mine.signup.id, token: mine.cancelToken, lang: 'cy' }).toString();
    const done = await h.call('POST', '/cancel-signup', { rawBody: form, headers: FORM });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Mae’ch lle wedi’i ganslo');
    // Welsh day names ("Dydd …") from Node's full ICU, not "Friday".
    expect(done.text).toMatch(/Dydd (Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)/);
  });

  it('Arabic from the browser when the link says nothing: right to left, the organiser\'s words isolated', async () => {
    const mine = await signedUp('ar-page@example.org');
    const opened = await h.call('GET', mine.path, { headers: { 'Accept-Language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
    expect(opened.text).toContain('<html lang="ar" dir="rtl">');
    expect(opened.text).toContain(CANCEL_PAGE_MESSAGES.ar.askButton);
    const form = new URLSearchParams({ id: mine.signup.id, token: mine.cancelToken, lang: 'ar' }).toString();
    const done = await h.call('POST', '/cancel-signup', { rawBody: form, headers: FORM });
    expect(done.text).toContain(CANCEL_PAGE_MESSAGES.ar.doneTitle);
    expect(done.text).toMatch(/<strong><bdi>[^<]+<\/bdi><\/strong>/);
  });

  it('a link that does not work says so in the language asked for; an unknown language gets English', async () => {
    const pl = await h.call('GET', '/cancel-signup?id=not-a-uuid&token=x&lang=pl-PL');
    expect(pl.status).toBe(404);
    expect(pl.text).toContain(CANCEL_PAGE_MESSAGES.pl.notValidTitle);
    const other = await h.call('GET', '/cancel-signup?id=not-a-uuid&token=x&lang=ja', { headers: { 'Accept-Language': 'ja' } });
    expect(other.text).toContain('<html lang="en" dir="ltr">');
    expect(other.text).toContain('This cancellation link does not work');
  });

  it('the link without `lang` speaks the sign-up\'s language only when its token is right: a guessed link learns nothing', async () => {
    const mine = await signedUp('pl-page@example.org', { language: 'pl' });
    const english = { 'Accept-Language': 'en-GB' };
    const opened = await h.call('GET', mine.path, { headers: english });
    expect(opened.text).toContain('<html lang="pl" dir="ltr">');
    // Same id, wrong token: the page does not reveal that the sign-up exists, nor its language.
    const guessed = await h.call('GET', `/cancel-signup?id=${mine.signup.id}&token=${'0'.repeat(mine.cancelToken.length)}`, { headers: english });
    expect(guessed.status).toBe(404);
    expect(guessed.text).toContain('<html lang="en" dir="ltr">');
    expect(guessed.text).toContain('This cancellation link does not work');
    const posted = await h.call('POST', '/cancel-signup', {
      rawBody: new URLSearchParams({ id: mine.signup.id, token: 'wrong' }).toString(), headers: { ...FORM, ...english },
    });
    expect(posted.status).toBe(404);
    expect(posted.text).toContain('<html lang="en" dir="ltr">');
  });

  it('negotiation and plural forms', () => {
    expect(pickLanguage(undefined, 'de-CH;q=0.8, fr;q=0.9, en;q=0.1')).toBe('fr');
    expect(pickLanguage('xx', 'pt-BR')).toBe('pt');
    expect(pickLanguage(undefined, undefined)).toBe('en');
    expect(tooManyBody('pl', 2)).toContain('2 minuty');
    expect(tooManyBody('pl', 5)).toContain('5 minut ');
    expect(tooManyBody('en', 1)).toContain('1 minute ');
    expect(tooManyBody('ar', 2)).toContain('دقيقتين');
    expect(tooManyBody('ro', 20)).toContain('20 de minute');
  });

  it('every language has every message, with the plural forms its rules need', () => {
    for (const [lang, messages] of Object.entries(CANCEL_PAGE_MESSAGES)) {
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(CANCEL_PAGE_MESSAGES.en).sort());
      for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
        expect(messages.tooManyBody, `${lang} ${category}`).toHaveProperty(category);
      }
      expect(messages.doneBody, lang).toMatch(/\{title\}.*\{when\}.*\{place\}/);
    }
  });
  it('all 21 widget languages: Urdu right to left from the link, Simplified Chinese from the browser, Traditional not served it', async () => {
    expect(Object.keys(CANCEL_PAGE_MESSAGES).sort()).toEqual(
      ['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans'].sort(),
    );
    const mine = await signedUp('ur-page@example.org');
    const ur = await h.call('GET', `${mine.path}&lang=ur`);
    expect(ur.text).toContain('<html lang="ur" dir="rtl">');
    expect(ur.text).toContain('میری جگہ منسوخ کریں');
    expect(ur.text).toContain('name="lang" value="ur"');
    const zh = await h.call('GET', '/cancel-signup?id=not-a-uuid&token=x', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
    expect(zh.text).toContain('<html lang="zh-Hans" dir="ltr">');
    expect(zh.text).toContain('此取消链接无效');
    expect(pickLanguage('zh-Hans', undefined)).toBe('zh-Hans');
    expect(pickLanguage(undefined, 'zh-TW, ta;q=0.5')).toBe('ta');
    expect(tooManyBody('lt', 5)).toContain('5 minutes');
    expect(tooManyBody('lt', 10)).toContain('10 minučių');
    expect(tooManyBody('ta', 1)).toContain('1 நிமிடம் ');
  });
});
