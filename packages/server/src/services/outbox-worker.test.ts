import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../http/metrics.js';
import type { LogLine } from '../http/logging.js';
import { makeSession, setup, signupBody } from '../testing/harness.js';
import { emailContextFor } from './email/context.js';
import { checkCancelToken } from './signing.js';
import { startSmtpSink, type SmtpSink } from '../testing/smtp.js';
import { renderEmail } from './email/layout.js';
import { openStore } from '../store/open.js';
import { startTestPostgres, type TestPostgres } from '../testing/postgres.js';
import { describeSendError, devMailbox, messageIdFor, smtpMailer, type Mailer } from './mailer.js';
import { enqueueEmail, type EmailToSend } from './outbox.js';
import { createOutboxWorker, retryDelayMs } from './outbox-worker.js';

const FROM = 'Unite Polish Branch <no-reply@unite.example>';

function email(n: number, overrides: Partial<EmailToSend> = {}): EmailToSend {
  return {
    kind: 'test',
    to: `person${n}@example.org`,
    language: 'en',
    ...renderEmail({ language: 'en', subject: `Email ${n}`, paragraphs: [`Body ${n}`], footer: ['Sent by the test'] }),
    ...overrides,
  };
}

interface OutboxRow {
  id: string;
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  send_after: Date;
  last_error: string | null;
  provider_message_id: string | null;
  locked_until: Date | null;
}

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

describe('outbox delivery over SMTP', () => {
  it('sends a due email once, with its Message-ID from the outbox id, its headers and attachment, and records it as sent', async () => {
    const h = await setup();
    const before = sink.received.length;
    try {
      await enqueueEmail(h.store, email(1, {
        headers: { 'List-Unsubscribe': '<https://example.org/u>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        attachments: [{ filename: 'canvass.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
      }));
      await enqueueEmail(h.store, email(2, { sendAfter: new Date(Date.now() + 3_600_000) }));
      const metrics = createMetrics({ store: h.store });
      const worker = createOutboxWorker({ store: h.store, mailer: smtpMailer(sink.url, FROM), log: () => undefined, metrics });
      expect(await worker.runOnce()).toBe(1);
      expect(await worker.runOnce()).toBe(0);
      await worker.stop();

      const arrived = sink.received.slice(before);
      expect(arrived).toHaveLength(1);
      const { rows } = await h.store.query<OutboxRow & { to_address: string }>('SELECT * FROM outbox ORDER BY to_address');
      const [sent, later] = rows;
      expect(arrived[0]!.to).toBe('person1@example.org');
      expect(arrived[0]!.messageId).toBe(messageIdFor(sent!.id, FROM));
      expect(arrived[0]!.messageId).toMatch(/@unite\.example>$/);
      expect(arrived[0]!.mail.subject).toBe('Email 1');
      expect(arrived[0]!.mail.text).toContain('Body 1');
      expect(arrived[0]!.mail.headerLines.find((l) => l.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(arrived[0]!.mail.attachments[0]?.filename).toBe('canvass.ics');
      expect(arrived[0]!.mail.attachments[0]?.content.toString()).toContain('BEGIN:VCALENDAR');
      expect(sent!.sent_at).not.toBeNull();
      expect(sent!.provider_message_id).toMatch(/queued as/);
      expect(sent!.locked_until).toBeNull();
      // Not due yet: untouched.
      expect(later!.sent_at).toBeNull();
      expect(later!.attempts).toBe(0);
      const text = await metrics.registry.metrics();
      expect(text).toMatch(/sw_emails_total\{result="sent",kind="test"\} 1/);
      expect(text).toMatch(/sw_outbox_queued 1/);
      expect(text).toMatch(/sw_outbox_oldest_due_seconds 0/);
    } finally {
      await h.close();
    }
  });

  it('a refusing server: the email is retried later with back-off, nothing is lost, and the error names no address', async () => {
    const h = await setup();
    const before = sink.received.length;
    const logs: LogLine[] = [];
    try {
      await enqueueEmail(h.store, email(3, { to: 'ola@example.org' }));
      const worker = createOutboxWorker({
        store: h.store,
        mailer: smtpMailer(sink.url, FROM),
        log: (l) => logs.push(l),
        options: { retryBaseSeconds: 60, maxAttempts: 5 },
      });
      sink.refusing = true;
      await worker.runOnce();
      let [row] = (await h.store.query<OutboxRow>('SELECT * FROM outbox')).rows;
      expect(row!.sent_at).toBeNull();
      expect(row!.failed_at).toBeNull();
      expect(row!.attempts).toBe(1);
      expect(row!.last_error).toMatch(/451/);
      expect(row!.last_error).not.toContain('ola@example.org');
      expect(JSON.stringify(logs)).not.toContain('ola@example.org');
      // Back-off: not due again for at least a minute (60 s base, jitter only adds).
      const wait = new Date(row!.send_after).getTime() - Date.now();
      expect(wait).toBeGreaterThan(55_000);
      expect(wait).toBeLessThan(91_000);
      expect(await worker.runOnce()).toBe(0);

      // The relay is back and the retry is due: delivered, once.
      sink.refusing = false;
      await h.store.query('UPDATE outbox SET send_after = now()');
      expect(await worker.runOnce()).toBe(1);
      expect(await worker.runOnce()).toBe(0);
      [row] = (await h.store.query<OutboxRow>('SELECT * FROM outbox')).rows;
      expect(row!.sent_at).not.toBeNull();
      expect(row!.attempts).toBe(2);
      expect(sink.received.slice(before).map((r) => r.to)).toEqual(['ola@example.org']);
      await worker.stop();
    } finally {
      sink.refusing = false;
      await h.close();
    }
  });

  it('gives an email up after the last attempt (failed_at), and counts it', async () => {
    const h = await setup();
    try {
      await enqueueEmail(h.store, email(4));
      const metrics = createMetrics({ store: h.store });
      // Nothing listens on port 9 here: the connection is refused at once, as with a relay that is down.
      const worker = createOutboxWorker({ store: h.store, mailer: smtpMailer('smtp://127.0.0.1:9', FROM), log: () => undefined, metrics, options: { maxAttempts: 2, retryBaseSeconds: 0.01 } });
      await worker.runOnce();
      await new Promise((r) => setTimeout(r, 50));
      await worker.runOnce();
      const [row] = (await h.store.query<OutboxRow>('SELECT * FROM outbox')).rows;
      expect(row!.attempts).toBe(2);
      expect(row!.failed_at).not.toBeNull();
      expect(row!.sent_at).toBeNull();
      expect(row!.last_error).toMatch(/ECONNREFUSED/);
      expect(await worker.runOnce()).toBe(0);
      const text = await metrics.registry.metrics();
      expect(text).toMatch(/sw_emails_total\{result="retry",kind="test"\} 1/);
      expect(text).toMatch(/sw_emails_total\{result="failed",kind="test"\} 1/);
      expect(text).toMatch(/sw_outbox_queued 0/);
      await worker.stop();
    } finally {
      await h.close();
    }
  });

  it('keeps running when the database fails under it, and delivers once it answers again', async () => {
    const h = await setup();
    const before = sink.received.length;
    const logs: LogLine[] = [];
    try {
      await enqueueEmail(h.store, email(5));
      let broken = true;
      const flaky = { ...h.store, query: ((sql: string, params?: readonly unknown[]) => (broken ? Promise.reject(new Error('connection terminated')) : h.store.query(sql, params))) as typeof h.store.query };
      const worker = createOutboxWorker({ store: flaky, mailer: smtpMailer(sink.url, FROM), log: (l) => logs.push(l), options: { pollMs: 20 } });
      worker.start();
      await new Promise((r) => setTimeout(r, 150));
      expect(logs.some((l) => l['msg'] === 'outbox round failed')).toBe(true);
      broken = false;
      await sink.waitFor(before + 1, 10_000);
      await worker.stop();
      expect(sink.received.slice(before).map((r) => r.to)).toEqual(['person5@example.org']);
    } finally {
      await h.close();
    }
  });

  it('stop() lets the send in hand finish and records it, and sends no more', async () => {
    const slow = await startSmtpSink({ acceptDelayMs: 400 });
    const h = await setup();
    try {
      for (let n = 0; n < 3; n++) await enqueueEmail(h.store, email(10 + n));
      const worker = createOutboxWorker({ store: h.store, mailer: smtpMailer(slow.url, FROM), log: () => undefined });
      worker.start();
      await new Promise((r) => setTimeout(r, 200));
      await worker.stop();
      expect(slow.received).toHaveLength(1);
      const { rows } = await h.store.query<OutboxRow>('SELECT * FROM outbox ORDER BY sent_at NULLS LAST');
      expect(rows.filter((r) => r.sent_at !== null)).toHaveLength(1);
      // The two it did not get to are handed back, unclaimed and with no attempt counted, for the next start.
      expect(rows.filter((r) => r.sent_at === null).map((r) => [r.attempts, r.locked_until])).toEqual([[0, null], [0, null]]);
    } finally {
      await h.close();
      await slow.close();
    }
  });
});

describe('emails written as facts (a sign-up\'s, migration 0017)', () => {
  const signUp = async (h: Awaited<ReturnType<typeof setup>>, email: string) => {
    const session = await makeSession(h.call, h.adminToken, { capacity: 5 });
    const res = await h.call('POST', '/v1/canvass-signups', { body: signupBody(session, { email, name: 'Ewa Kowalska', language: 'pl' }) });
    expect(res.status).toBe(201);
    return res;
  };

  it('the worker renders the confirmation in the supporter\'s language, keeps the text it sent, and its .ics is the receipt\'s', async () => {
    const h = await setup();
    const before = sink.received.length;
    try {
      const res = await signUp(h, 'ewa.facts@example.org');
      const worker = createOutboxWorker({ store: h.store, mailer: smtpMailer(sink.url, FROM), log: () => undefined, emailContext: emailContextFor(h.config, h.data, 'http://worker.invalid') });
      expect(await worker.runOnce()).toBe(1);
      await worker.stop();
      const [arrived] = sink.received.slice(before);
      expect(arrived!.to).toBe('ewa.facts@example.org');
      expect(arrived!.mail.subject).toContain('Hendon: Saturday canvass');
      expect(arrived!.mail.text).toContain('Twoje miejsce jest potwierdzone.');
      // The links point where the request came (the facts' base), not at the worker's own address, and the token works.
      const link = /http:\/\/localhost\/cancel-signup\?id=([0-9a-f-]+)&token=([A-Za-z0-9_%-]+)/.exec(arrived!.mail.text ?? '');
      expect(link?.[1]).toBe(res.json.signup.id);
      expect(checkCancelToken(h.config.signingSecret!, link![1]!, decodeURIComponent(link![2]!))).toBe(true);
      expect(arrived!.mail.attachments[0]!.content.toString('utf8')).toBe(res.json.ics);
      const [row] = (await h.store.query<{ facts: unknown; text_body: string; language: string; sent_at: Date | null }>(
        `SELECT facts, text_body, language, sent_at FROM outbox WHERE to_address = 'ewa.facts@example.org'`,
      )).rows;
      expect(row).toMatchObject({ facts: null, language: 'pl', sent_at: expect.any(Date) });
      // What the outbox keeps is what was sent.
      expect(row!.text_body).toContain(link![0]);
      expect(row!.text_body).toContain('Twoje miejsce jest potwierdzone.');
    } finally {
      await h.close();
    }
  });

  it('a facts row is held from workers before migration 0017 (they could not render it) and free to this one', async () => {
    const h = await setup();
    try {
      await signUp(h, 'held@example.org');
      // The previous release's claim, word for word: it must not see the row.
      const old = await h.store.query(`SELECT id FROM outbox
        WHERE sent_at IS NULL AND failed_at IS NULL AND send_after <= now() AND (locked_until IS NULL OR locked_until < now())`);
      expect(old.rows).toEqual([]);
      const worker = createOutboxWorker({ store: h.store, mailer: devMailbox(), log: () => undefined, emailContext: emailContextFor(h.config, h.data, 'http://localhost') });
      expect(await worker.runOnce()).toBe(1);
      await worker.stop();
    } finally {
      await h.close();
    }
  });

  it('facts this server cannot render are given up at once, with the reason, and nothing is sent', async () => {
    const h = await setup();
    const before = sink.received.length;
    const logs: LogLine[] = [];
    try {
      await signUp(h, 'newer@example.org');
      await h.store.query(`UPDATE outbox SET facts = facts || '{"template":"from-a-newer-release"}'::jsonb`);
      const metrics = createMetrics({ store: h.store });
      const worker = createOutboxWorker({ store: h.store, mailer: smtpMailer(sink.url, FROM), log: (l) => logs.push(l), metrics, emailContext: emailContextFor(h.config, h.data, 'http://localhost') });
      expect(await worker.runOnce()).toBe(1);
      await worker.stop();
      expect(sink.received.length).toBe(before);
      const [row] = (await h.store.query<OutboxRow>('SELECT * FROM outbox')).rows;
      expect(row!.failed_at).not.toBeNull();
      expect(row!.last_error).toMatch(/^could not render: /);
      expect(await metrics.registry.getSingleMetricAsString('sw_emails_total')).toMatch(/result="failed",kind="signup-confirmed"} 1/);
      expect(JSON.stringify(logs)).not.toContain('newer@example.org');
    } finally {
      await h.close();
    }
  });
});

describe('the development mailbox', () => {
  it('without SMTP the worker keeps each email in the database, marked delivered to the dev mailbox', async () => {
    const h = await setup();
    try {
      await enqueueEmail(h.store, email(20));
      const worker = createOutboxWorker({ store: h.store, mailer: devMailbox(), log: () => undefined });
      expect(await worker.runOnce()).toBe(1);
      await worker.stop();
      const [row] = (await h.store.query<OutboxRow>('SELECT * FROM outbox')).rows;
      expect(row!.sent_at).not.toBeNull();
      expect(row!.provider_message_id).toBe(`dev-mailbox:${row!.id}`);
    } finally {
      await h.close();
    }
  });
});

describe('back-off and error text', () => {
  it('doubles the wait per attempt with up to 50% jitter, capped at six hours', () => {
    expect(retryDelayMs(1, 60, () => 0)).toBe(60_000);
    expect(retryDelayMs(2, 60, () => 0)).toBe(120_000);
    expect(retryDelayMs(3, 60, () => 0.999)).toBeCloseTo(240_000 * 1.5, -3);
    expect(retryDelayMs(30, 60, () => 0)).toBe(6 * 3600 * 1000);
  });

  it('keeps no email address of the SMTP answer', () => {
    const error = Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <ola.nowak+x@example.org>: Recipient address rejected'), { code: 'EENVELOPE', responseCode: 550 });
    const text = describeSendError(error);
    expect(text).toContain('EENVELOPE 550');
    expect(text).not.toMatch(/ola|example\.org/);
  });
});

// Real parallelism (PGlite has one connection): workers on separate pools race for the same rows.
const pgServer: TestPostgres | undefined = await startTestPostgres();

describe.skipIf(!pgServer)('outbox delivery on PostgreSQL', () => {
  afterAll(() => pgServer?.stop());

  it('eight workers racing over one outbox send every email exactly once', async () => {
    const stores = await Promise.all(Array.from({ length: 8 }, () => openStore({ databaseUrl: pgServer!.url })));
    try {
      const ids: string[] = [];
      for (let n = 0; n < 300; n++) await enqueueEmail(stores[0]!, email(n, { dedupeKey: `race:${n}` }));
      const sent: string[] = [];
      const mailer: Mailer = {
        kind: 'smtp',
        async send(e) {
          sent.push(e.id);
          // Yield, so the others claim while this one "sends".
          await new Promise((r) => setImmediate(r));
          return { providerMessageId: `ok ${e.id}` };
        },
        close: () => undefined,
      };
      const workers = stores.map((store) => createOutboxWorker({ store, mailer, log: () => undefined, options: { batchSize: 3 } }));
      const drain = async (w: (typeof workers)[number]) => {
        while ((await w.runOnce()) > 0);
      };
      await Promise.all(workers.map(drain));
      const { rows } = await stores[0]!.query<{ id: string; attempts: number; sent_at: Date | null }>(`SELECT id, attempts, sent_at FROM outbox WHERE dedupe_key LIKE 'race:%'`);
      for (const r of rows) ids.push(r.id);
      expect(sent.length).toBe(300);
      expect(new Set(sent)).toEqual(new Set(ids));
      expect(rows.every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 120_000);
});
