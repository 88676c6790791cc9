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
