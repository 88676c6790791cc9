import type { CanvassSession } from '@solidarity-widgets/contract';
import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../store/types.js';
import type { EmailContext } from './context.js';
import { formatWhen } from './i18n.js';
import { emailSignupReceived } from './supporter.js';

// A supporter's confirmation as written to the outbox, without a database or SMTP: a Queryable that keeps the
// outbox INSERT's parameters (id, kind, to, language, subject, text, html, …) and answers nothing else.
async function confirmation(language: string) {
  const inserts: (readonly unknown[])[] = [];
  const tx: Queryable = {
    query: async <Row,>(sql: string, params: readonly unknown[] = []) => {
      if (/INSERT INTO outbox/.test(sql)) inserts.push(params);
      return { rows: [] as Row[], rowCount: 1 };
    },
  };
  // The confirmation reads neither the electoral data nor anything beyond this context.
  const ctx = { data: {} as EmailContext['data'], secret: 'secret', baseUrl: 'https://widgets.example', partnerNames: { 'unite-polish-branch': 'Unite Polish Branch' } } satisfies EmailContext;
  await emailSignupReceived(
    tx,
    ctx,
    { id: '5f0c6a2e-8a3f-4d8e-9b1a-1c2d3e4f5a6b', sessionId: session.id, name: 'Ewa', email: 'ewa@example.org', status: 'confirmed', language, partner: 'unite-polish-branch', createdAt: '2026-11-29T12:00:00Z' },
    session,
  );
  expect(inserts).toHaveLength(1);
  const [, kind, , lang, subject, text, html] = inserts[0]!;
  return { kind, lang, subject: String(subject), text: String(text), html: String(html) };
}

const session: CanvassSession = {
  id: '0b9d7f43-2c1e-4b57-a2a4-6f1e2d3c4b5a',
  constituency: { code: 'E14001279', name: 'Hendon' },
  title: 'Hendon: Saturday canvass',
  startsAt: '2026-12-05T10:00:00Z',
  endsAt: '2026-12-05T13:00:00Z',
  timeZone: 'Europe/London',
  meetingPoint: 'Colindale station',
  organiser: { name: 'Hendon CLP', contact: 'organiser@example.org' },
  accessibility: null,
  capacity: 10,
  placesLeft: 9,
  status: 'open',
};

describe('a confirmation in the supporter’s language', () => {
  it('Polish: Polish words and date, left to right', async () => {
    const email = await confirmation('pl-PL');
    expect(email.kind).toBe('signup-confirmed');
    expect(email.lang).toBe('pl');
    expect(email.subject).toContain('Jesteś zapisany(-a)');
    expect(email.text).toContain('Twoje miejsce jest potwierdzone.');
    expect(email.text).toContain('sobota, 5 grudnia 2026');
    expect(email.text).toContain(`Kiedy: ${formatWhen('pl', session.startsAt)}`);
    expect(email.text).toContain('Rezygnuję z miejsca: https://widgets.example/cancel-signup?');
    expect(email.html).toMatch(/<html lang="pl" dir="ltr">/);
  });

  it('Urdu: Urdu words and date, right to left', async () => {
    const email = await confirmation('ur');
    expect(email.lang).toBe('ur');
    expect(email.subject).toContain('آپ کا اندراج ہو گیا');
    expect(email.text).toContain('آپ کی جگہ کی تصدیق ہو گئی ہے۔');
    expect(email.text).toContain(`کب: ${formatWhen('ur', session.startsAt)}`);
    expect(formatWhen('ur', session.startsAt)).toContain('دسمبر');
    expect(email.text).toContain('میری جگہ منسوخ کریں: https://widgets.example/cancel-signup?');
    expect(email.html).toMatch(/<html lang="ur" dir="rtl">/);
    expect(email.text).not.toContain('You are signed up');
  });
});
