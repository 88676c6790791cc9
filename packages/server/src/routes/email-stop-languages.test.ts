import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailContextFor, stopUrl } from '../services/email/context.js';
import { PARTNER_ORIGIN, makeSession, setup, signupBody } from '../testing/harness.js';
import { CANCEL_PAGE_MESSAGES } from './cancel-page-messages.js';
import { EMAIL_STOP_MESSAGES } from './email-stop-messages.js';

// The "turn these emails off" page speaks the recipient's language: `lang` in the link or form, else the language
// their emails speak (stored with the sign-up), else the browser's, else English.
let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup({ config: { signingSecret: 'email-stop-languages-test' } });
});
afterAll(() => h.close());

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

async function reminderLink(email: string, language?: string) {
  const session = await makeSession(h.call, h.adminToken);
  const res = await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: signupBody(session, { email, ...(language ? { language } : {}) }) });
  expect(res.status).toBe(201);
  const id = (res.json as { signup: { id: string } }).signup.id;
  const url = new URL(stopUrl(emailContextFor(h.config, h.data, 'http://localhost/'), 'reminders', id));
  return { id, path: `${url.pathname}${url.search}`, params: url.searchParams };
}

describe('the email-unsubscribe page in the recipient\'s language', () => {
  it('Urdu from the sign-up: right to left, the question and button, then the result, and reminders are off', async () => {
    const link = await reminderLink('ur-stop@example.org', 'ur');
    const opened = await h.call('GET', link.path, { headers: { 'Accept-Language': 'en' } });
    expect(opened.status).toBe(200);
    expect(opened.text).toContain('<html lang="ur" dir="rtl">');
    expect(opened.text).toContain('اس گھر گھر مہم کے سیشن کی یاد دہانیاں بند کریں؟');
    expect(opened.text).toContain('یہ ای میلز بند کریں');
    expect(opened.text).not.toContain('Stop these emails');

    // A mail client's one-click POST carries no language: the stored one still applies.
    const form = new URLSearchParams({ what: 'reminders', id: link.id, token: link.params.get('token') ?? '', 'List-Unsubscribe': 'One-Click' }).toString();
    const done = await h.call('POST', '/email/stop', { rawBody: form, headers: FORM });
    expect(done.status).toBe(200);
    expect(done.text).toContain(EMAIL_STOP_MESSAGES.ur.remindersDone);
    const { rows } = await h.store.query<{ reminders: boolean }>('SELECT reminders FROM canvass_signups WHERE id = $1', [link.id]);
    expect(rows[0]?.reminders).toBe(false);
  });

  it('`lang` in the link wins; the browser\'s language when nothing else says; Simplified Chinese', async () => {
    const link = await reminderLink('ta-stop@example.org');
    const ta = await h.call('GET', `${link.path}&lang=ta`);
    expect(ta.text).toContain('<html lang="ta" dir="ltr">');
    expect(ta.text).toContain('இந்த மின்னஞ்சல்களை நிறுத்து');
    expect(ta.text).toContain('name="lang" value="ta"');
    const zh = await h.call('GET', link.path, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(zh.text).toContain('<html lang="zh-Hans" dir="ltr">');
    expect(zh.text).toContain('停止接收这些邮件');
  });

  it('a link that does not work says so in the browser\'s language, else English', async () => {
    const de = await h.call('GET', '/email/stop?what=reminders&id=not-a-uuid&token=x', { headers: { 'Accept-Language': 'de-AT,de;q=0.9' } });
    expect(de.status).toBe(404);
    expect(de.text).toContain('<html lang="de" dir="ltr">');
    expect(de.text).toContain('Dieser Link funktioniert nicht');
    const other = await h.call('GET', '/email/stop?what=reminders&id=not-a-uuid&token=x', { headers: { 'Accept-Language': 'ja' } });
    expect(other.text).toContain('This link does not work');
  });

  it('speaks every language the cancellation page does, each message translated', () => {
    expect(Object.keys(EMAIL_STOP_MESSAGES).sort()).toEqual(Object.keys(CANCEL_PAGE_MESSAGES).sort());
    for (const [lang, messages] of Object.entries(EMAIL_STOP_MESSAGES)) {
      if (lang === 'en') continue;
      for (const [key, text] of Object.entries(messages)) expect(text, `${lang} ${key}`).not.toBe(EMAIL_STOP_MESSAGES.en[key as keyof typeof messages]);
    }
  });
});
