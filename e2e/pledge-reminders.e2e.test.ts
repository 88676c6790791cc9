import { createClient } from '@solidarity-widgets/sdk';
import { makeConfig, silentLogger } from '@solidarity-widgets/server';
import { startServer, type RunningServer } from '@solidarity-widgets/server/start';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The SMTP server the server's own email tests deliver to (npm smtp-server, parsed with mailparser).
import { startSmtpSink, type SmtpSink } from '../packages/server/src/testing/smtp.js';

/**
 * Issue 15's proof for pledge reminders: the real server, delivering over real SMTP, with a clock this test holds.
 * Before a reminder's day nothing arrives; once the clock passes it, exactly one email arrives (running the jobs again
 * sends no second); after one click on its unsubscribe link, nothing more is sent.
 */
const ADDRESS = 'pledger@example.org';
let clock = new Date('2027-04-01T10:00:00Z');
let sink: SmtpSink;
let server: RunningServer;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startServer({
    port: 0, memory: true, seed: false, log: silentLogger, now: () => clock,
    config: makeConfig({ smtpUrl: sink.url, partnerNames: { 'example-union': 'Example Union' } }),
    outbox: { pollMs: 100 },
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

/** Moves the clock, runs the scheduled jobs as the 10-minute timer would, and waits until the outbox has delivered all it holds. */
async function runAt(iso: string): Promise<void> {
  clock = new Date(iso);
  await server.runScheduledJobs();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await server.store.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL');
    if (rows[0]?.n === 0) return;
    if (Date.now() > deadline) throw new Error('the outbox did not drain');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const inbox = () => sink.received.filter((m) => m.to === ADDRESS);

describe('pledge reminders, end to end (real SMTP, a clock the test controls)', () => {
  it('nothing before the day, one email on it (no duplicate), and nothing after unsubscribing', async () => {
    // On 1 April 2027 a supporter pledges to register and vote in the English local elections of Thursday 6 May.
    const api = createClient({ baseUrl: server.url, partner: 'example-union', retries: 0 });
    const { pledge } = await api.createPledge({
      constituencyCode: 'E14001331', intent: 'register-and-vote', election: { type: 'local', date: '2027-05-06' }, email: ADDRESS, reminders: true, language: 'en',
    });
    expect(pledge.reminderDates).toEqual([
      { kind: 'registration-deadline', date: '2027-04-16' },
      { kind: 'days-before', date: '2027-05-03' },
      { kind: 'polling-day', date: '2027-05-06' },
    ]);

    await runAt('2027-04-01T10:05:00Z');
    await runAt('2027-04-15T20:00:00Z');
    expect(inbox()).toEqual([]);

    // Past the registration reminder's day (10am in London): it arrives, once.
    await runAt('2027-04-16T09:00:00Z');
    await sink.waitFor(1);
    await runAt('2027-04-16T09:30:00Z');
    await runAt('2027-04-17T09:00:00Z');
    expect(inbox()).toHaveLength(1);
    const [mail] = inbox();
    expect(mail?.mail.subject).toMatch(/^Register to vote by Monday,? 19 April 2027$/);
    expect(mail?.mail.text).toContain('Lewisham East');
    expect(mail?.mail.text).toContain('https://www.gov.uk/register-to-vote');
    expect(mail?.mail.text).toContain('https://www.gov.uk/apply-for-photo-id-voter-authority-certificate');
    // The raw header lines (mailparser reads List-* headers into its own shapes).
    const header = (name: string) => mail?.mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, '') ?? '';
    const unsubscribe = /^<(.+)>$/.exec(header('list-unsubscribe'))?.[1] ?? '';
    expect(unsubscribe).toMatch(/\/email\/stop\?what=pledge&/);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail?.mail.text).toContain(unsubscribe);

    // The mail client's one-click unsubscribe (RFC 8058): a POST to the header's address.
    const stopped = await fetch(unsubscribe, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(stopped.status).toBe(200);

    // The days-before and polling-day reminders' days come and go: nothing more arrives.
    await runAt('2027-05-03T09:00:00Z');
    await runAt('2027-05-06T09:00:00Z');
    expect(inbox()).toHaveLength(1);
    // The pledge itself still counts.
    expect((await api.pledgeCount({ constituency: 'E14001331' })).count).toBe(1);
  });
});
