import type { CanvassSession } from '@solidarity-widgets/contract';
import { describe, expect, it } from 'vitest';
import type { EmailContext } from './context.js';
import { formatWhen } from './i18n.js';
import { renderFacts } from './from-facts.js';

// A supporter's confirmation as the outbox worker renders it from the facts a sign-up wrote (services/email/from-facts.ts),
// without a database or SMTP.
async function confirmation(language: string) {
  // The confirmation reads only the seat's name from the electoral data, and nothing beyond this context.
  const data = { getConstituency: (code: string) => (code === session.constituency.code ? { name: session.constituency.name } : undefined) } as unknown as EmailContext['data'];
  const ctx = { data, secret: 'secret', baseUrl: 'https://unused.example', partnerNames: { 'unite-polish-branch': 'Unite Polish Branch' } } satisfies EmailContext;
  const email = await renderFacts(ctx, {
    id: '7d1e6f0a-1b2c-4d3e-8f9a-0b1c2d3e4f5a',
    to_address: 'ewa@example.org',
    facts: {
      template: 'signup-received', name: 'Ewa', language,
      id: '5f0c6a2e-8a3f-4d8e-9b1a-1c2d3e4f5a6b', sessionId: session.id, status: 'confirmed', createdAt: '2026-11-29T12:00:00Z',
      created: true, waitlistPosition: null, partner: 'unite-polish-branch', base: 'https://widgets.example',
      session: {
        id: session.id, constituency_code: session.constituency.code, title: session.title, starts_at: session.startsAt,
        ends_at: session.endsAt, meeting_point: session.meetingPoint, organiser_name: session.organiser.name,
        organiser_contact: session.organiser.contact, accessibility: session.accessibility, capacity: session.capacity,
        status: 'open', confirmed: 1,
      },
    },
  });
  return { kind: email.kind, lang: email.language, subject: email.subject, text: email.text, html: email.html };
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
