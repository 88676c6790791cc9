import type { Logger } from '../http/logging.js';
import { describeError } from '../http/logging.js';
import type { Metrics } from '../http/metrics.js';
import type { Store } from '../store/types.js';
import { describeSendError, type Mailer, type OutgoingEmail } from './mailer.js';
import type { EmailAttachment, EmailToSend } from './outbox.js';
import type { EmailContext } from './email/context.js';
import { renderFacts, type FactsRow } from './email/from-facts.js';

/** How the worker paces itself. Defaults suit a real server; tests shorten them. */
export interface OutboxWorkerOptions {
  /** Pause between polls when nothing was due (ms). */
  readonly pollMs: number;
  /** Rows claimed per round trip. */
  readonly batchSize: number;
  /** How long a claim holds (s): another instance may take the row once it has passed (the claimer died). */
  readonly leaseSeconds: number;
  /** Attempts before an email is given up (`failed_at`). */
  readonly maxAttempts: number;
  /** First retry after about this long (s); doubled for every further attempt, capped at six hours, with jitter. */
  readonly retryBaseSeconds: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxWorkerOptions = { pollMs: 5000, batchSize: 10, leaseSeconds: 120, maxAttempts: 8, retryBaseSeconds: 60 };

/** Longest time one send may take (mailer.ts's SMTP timeouts keep it under this): the lease must still cover it. */
const SEND_BUDGET_MS = 60_000;

export interface OutboxWorker {
  /** Starts polling (idempotent). */
  start(): void;
  /** Stops polling and resolves once the sends in flight have finished and been recorded. */
  stop(): Promise<void>;
  /** Polls now instead of waiting for the timer (after a change that enqueued an email). */
  wake(): void;
  /** One claim-and-send round; resolves with how many emails it handled (tests). */
  runOnce(): Promise<number>;
}

interface ClaimedRow {
  id: string;
  kind: string;
  to_address: string;
  /** Null while the row is still facts (migration 0017): rendered here before it is sent. */
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  facts: FactsRow['facts'] | null;
  headers: Record<string, string> | string;
  attachments: EmailAttachment[] | string;
  attempts: number;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** Exponential back-off with jitter: attempt 1 → base…1.5×base, attempt 2 → 2×base…3×base, …, capped at 6 h. */
export function retryDelayMs(attempt: number, baseSeconds: number, random: () => number = Math.random): number {
  const exp = Math.min(6 * 3600 * 1000, baseSeconds * 1000 * 2 ** Math.max(0, attempt - 1));
  // Jitter spreads the retries of many emails that failed together (an SMTP outage) instead of retrying them at once.
  return Math.round(exp * (1 + random() * 0.5));
}

/**
 * Delivers the outbox. Each round claims due rows with `FOR UPDATE SKIP LOCKED` and a lease (`locked_until`) in one
 * short statement, so instances sharing a PostgreSQL never claim the same row; then sends each and records the outcome.
 * A failed send is retried later with back-off; after `maxAttempts` it is given up. Nothing here throws out: an SMTP
 * or database outage is logged and the next round tries again (docs/decisions/0009).
 */
export function createOutboxWorker(deps: {
  readonly store: Store;
  readonly mailer: Mailer;
  readonly log: Logger;
  readonly metrics?: Metrics;
  readonly options?: Partial<OutboxWorkerOptions>;
  /** Renders rows written as facts (a sign-up's emails); without it such a row is given up as unrenderable. */
  readonly emailContext?: EmailContext;
}): OutboxWorker {
  const options = { ...DEFAULT_OUTBOX_OPTIONS, ...deps.options };
  const { store, mailer, log } = deps;
  // Never start a send the lease may not cover (a short lease in tests gives each send half of it).
  const sendBudgetMs = Math.min(SEND_BUDGET_MS, (options.leaseSeconds * 1000) / 2);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopping = false;
  let current: Promise<number> | undefined;
  let databaseFailures = 0;

  // A row still written as facts is held at locked_until = 'infinity' from workers of the release before migration 0017,
  // which could not render it; this worker takes it as free.
  async function claim(): Promise<ClaimedRow[]> {
    const { rows } = await store.query<ClaimedRow>(
      `UPDATE outbox SET locked_until = now() + make_interval(secs => $2::int), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND send_after <= now()
           AND (locked_until IS NULL OR locked_until < now() OR (locked_until = 'infinity' AND facts IS NOT NULL))
         ORDER BY send_after, id LIMIT $1
         FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, to_address, subject, text_body, html_body, facts, headers, attachments, attempts`,
      [options.batchSize, options.leaseSeconds],
    );
    return rows;
  }

  /** Hands back claims the lease no longer covers (and the stop's leftovers) without counting them as attempts. */
  async function release(rows: readonly ClaimedRow[]): Promise<void> {
    if (rows.length === 0) return;
    await store.query(`UPDATE outbox SET locked_until = CASE WHEN facts IS NULL THEN NULL ELSE 'infinity'::timestamptz END, attempts = attempts - 1
       WHERE id = ANY($1::uuid[]) AND sent_at IS NULL`, [
      rows.map((r) => r.id),
    ]);
  }

  /**
   * The email as it will be sent, and for a facts row its rendering (stored with the "sent" mark, so the outbox keeps
   * what was sent; a retry renders the same facts again, to the same text). Undefined: given up, facts it cannot render.
   */
  async function rendered(row: ClaimedRow): Promise<{ email: OutgoingEmail; fromFacts: EmailToSend | undefined } | undefined> {
    if (row.facts === null || row.facts === undefined) {
      if (row.subject === null || row.text_body === null || row.html_body === null) throw new Error(`outbox row ${row.id} has neither text nor facts`);
      const email = { id: row.id, to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body, headers: json(row.headers), attachments: json(row.attachments) };
      return { email, fromFacts: undefined };
    }
    let made: EmailToSend;
    try {
      if (!deps.emailContext) throw new Error('this worker has no email context to render with');
      made = await renderFacts(deps.emailContext, { id: row.id, to_address: row.to_address, facts: row.facts });
    } catch (error) {
      // A template this server does not know (a newer instance wrote it) or broken facts: retrying cannot help.
      const reason = `could not render: ${error instanceof Error ? error.message : String(error)}`;
      await store.query(`UPDATE outbox SET failed_at = now(), locked_until = NULL, last_error = $2 WHERE id = $1`, [row.id, reason]);
      deps.metrics?.email('failed', row.kind);
      log({ level: 'error', msg: 'email given up', outboxId: row.id, kind: row.kind, attempts: row.attempts, error: reason });
      return undefined;
    }
    const email = { id: row.id, to: row.to_address, subject: made.subject, text: made.text, html: made.html, headers: made.headers ?? {}, attachments: made.attachments ?? [] };
    return { email, fromFacts: made };
  }

  async function deliver(row: ClaimedRow): Promise<void> {
    const ready = await rendered(row);
    if (!ready) return;
    const { email, fromFacts } = ready;
    let providerMessageId: string;
    try {
      ({ providerMessageId } = await mailer.send(email));
    } catch (error) {
      const reason = describeSendError(error);
      if (row.attempts >= options.maxAttempts) {
        await store.query(`UPDATE outbox SET failed_at = now(), locked_until = NULL, last_error = $2 WHERE id = $1`, [row.id, reason]);
        deps.metrics?.email('failed', row.kind);
        log({ level: 'error', msg: 'email given up', outboxId: row.id, kind: row.kind, attempts: row.attempts, error: reason });
      } else {
        const delayMs = retryDelayMs(row.attempts, options.retryBaseSeconds);
        await store.query(
          `UPDATE outbox SET send_after = now() + make_interval(secs => $2::double precision),
             locked_until = CASE WHEN facts IS NULL THEN NULL ELSE 'infinity'::timestamptz END, last_error = $3 WHERE id = $1`,
          [row.id, delayMs / 1000, reason],
        );
        deps.metrics?.email('retry', row.kind);
        log({ level: 'warn', msg: 'email not sent, will retry', outboxId: row.id, kind: row.kind, attempts: row.attempts, retryInMs: delayMs, error: reason });
      }
      return;
    }
    // The SMTP server has it. From here to this commit is the only window in which a crash sends it twice (ADR 0009).
    if (fromFacts) {
      await store.query(
        `UPDATE outbox SET sent_at = now(), locked_until = NULL, last_error = NULL, provider_message_id = $2, facts = NULL,
           language = $3, subject = $4, text_body = $5, html_body = $6, headers = $7::jsonb, attachments = $8::jsonb
         WHERE id = $1`,
        [row.id, providerMessageId, fromFacts.language, email.subject, email.text, email.html, JSON.stringify(email.headers), JSON.stringify(email.attachments)],
      );
    } else {
      await store.query(`UPDATE outbox SET sent_at = now(), locked_until = NULL, last_error = NULL, provider_message_id = $2 WHERE id = $1`, [
        row.id,
        providerMessageId,
      ]);
    }
    deps.metrics?.email('sent', row.kind);
  }

  async function round(): Promise<number> {
    // The lease measured on our clock from before the claim (the database's clock may differ from ours).
    const leaseEnds = Date.now() + options.leaseSeconds * 1000;
    const rows = await claim();
    let handled = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      // A stop lets the email in hand finish but sends no more; a lease too short for one more send hands the rest back
      // rather than risk another instance claiming a row we are still sending.
      if (stopping || leaseEnds - Date.now() < sendBudgetMs) {
        await release(rows.slice(i));
        break;
      }
      await deliver(row);
      handled++;
    }
    return handled;
  }

  function schedule(ms: number): void {
    if (stopping || !running) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  }

  function runOnce(): Promise<number> {
    // One round at a time per worker: a wake() during a round waits for it.
    current ??= round().finally(() => (current = undefined));
    return current;
  }

  async function tick(): Promise<void> {
    if (stopping) return;
    let next = options.pollMs;
    try {
      const handled = await runOnce();
      databaseFailures = 0;
      // A full batch means more may be due: go on at once.
      if (handled >= options.batchSize) next = 0;
    } catch (error) {
      // Database down or restarting: wait longer each time (up to a minute) and try again; never crash the server.
      databaseFailures++;
      next = Math.min(60_000, options.pollMs * 2 ** Math.min(databaseFailures, 6));
      log({ level: 'warn', msg: 'outbox round failed', retryInMs: next, ...describeError(error) });
    }
    schedule(next);
  }

  return {
    start() {
      if (running || stopping) return;
      running = true;
      schedule(0);
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current?.catch(() => undefined);
      mailer.close();
    },
    wake() {
      if (running && !stopping && current === undefined) schedule(0);
    },
    runOnce,
  };
}
