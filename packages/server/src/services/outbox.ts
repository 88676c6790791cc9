import { randomUUID } from 'node:crypto';
import type { Queryable } from '../store/types.js';

/** A file sent with an email (the `.ics` of a sign-up). `content` is UTF-8 text. */
export interface EmailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** An email ready to send: already rendered in the reader's language (see services/email/). */
export interface EmailToSend {
  /** What the email is for (`signup-confirmation`, `sign-in-link`, …): metrics and the dev mailbox group by it. */
  readonly kind: string;
  readonly to: string;
  readonly language: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Extra headers such as `List-Unsubscribe`. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly attachments?: readonly EmailAttachment[];
  /** Enqueueing the same key twice keeps one email (e.g. `signup-confirmation:<signup id>`). */
  readonly dedupeKey?: string;
  /** Not before this time (reminders). */
  readonly sendAfter?: Date;
}

/**
 * Writes an email to the outbox. Call it with the transaction that makes the change the email reports, so the email
 * exists exactly when the change does: a rollback takes it away, a crash after commit leaves it to be delivered.
 * Returns false when an email with the same `dedupeKey` is already there.
 */
export async function enqueueEmail(tx: Queryable, email: EmailToSend): Promise<boolean> {
  if (tx instanceof OutboxBatch) {
    tx.emails.push(email);
    return true;
  }
  const { rowCount } = await tx.query(
    `INSERT INTO outbox (id, kind, to_address, language, subject, text_body, html_body, headers, attachments, dedupe_key, send_after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, COALESCE($11::timestamptz, now()))
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      randomUUID(),
      email.kind,
      email.to,
      email.language,
      email.subject,
      email.text,
      email.html,
      JSON.stringify(email.headers ?? {}),
      JSON.stringify(email.attachments ?? []),
      email.dedupeKey ?? null,
      email.sendAfter?.toISOString() ?? null,
    ],
  );
  return rowCount > 0;
}

/**
 * A transaction whose emails are collected instead of inserted one statement each: the write writes them all in one
 * call with the rest of its work (`write_finish`, migration 0016), in the same transaction, so they still exist exactly
 * when the change does. Other statements go straight through.
 */
export class OutboxBatch implements Queryable {
  readonly emails: EmailToSend[] = [];
  constructor(private readonly tx: Queryable) {}
  query: Queryable['query'] = (sql, params, options) => this.tx.query(sql, params, options);

  /** The collected emails as JSON outbox rows (write_finish's `p_emails`), or null when there are none. */
  rowsJson(): string | null {
    if (this.emails.length === 0) return null;
    return JSON.stringify(
      this.emails.map((email) => ({
        id: randomUUID(),
        kind: email.kind,
        to_address: email.to,
        language: email.language,
        subject: email.subject,
        text_body: email.text,
        html_body: email.html,
        headers: email.headers ?? {},
        attachments: email.attachments ?? [],
        dedupe_key: email.dedupeKey ?? null,
        send_after: email.sendAfter?.toISOString() ?? null,
      })),
    );
  }
}
