import type { Queryable } from '../../store/types.js';
import type { SignupFacts } from '../canvass.js';
import type { EmailToSend } from '../outbox.js';
import type { EmailContext } from './context.js';
import { organiserSignupEmail } from './organiser.js';
import { signupReceivedEmail } from './supporter.js';

/**
 * An outbox row written as facts (migration 0017): a sign-up's call writes what its confirmation and the organisers'
 * notices are made from, in the same statement as the sign-up, and this renders them, in their reader's language, before
 * they are sent or shown. The facts' `base` is where the request's links pointed.
 */
export type OutboxFacts =
  | (SignupFacts & { readonly template: 'signup-received'; readonly name: string; readonly language: string | null })
  | (SignupFacts & {
      readonly template: 'organiser-signup';
      readonly name: string;
      readonly organiser: { readonly id: string; readonly name: string; readonly language: string };
    });

export interface FactsRow {
  readonly id: string;
  readonly to_address: string;
  readonly facts: OutboxFacts | string;
}

/** The email a facts row stands for. Throws for facts this server cannot render (a newer server's template). */
export async function renderFacts(ctx: EmailContext, row: FactsRow): Promise<EmailToSend> {
  const facts = typeof row.facts === 'string' ? (JSON.parse(row.facts) as OutboxFacts) : row.facts;
  const here = { ...ctx, baseUrl: facts.base };
  switch (facts.template) {
    case 'signup-received':
      return signupReceivedEmail(here, facts, { to: row.to_address, name: facts.name, language: facts.language });
    case 'organiser-signup':
      return organiserSignupEmail(here, { ...facts.organiser, email: row.to_address }, facts, facts.name);
    default:
      throw new Error(`outbox row ${row.id} has facts of an unknown template`);
  }
}

/**
 * Stores a facts row's rendering in place: its subject, bodies, headers, attachments and language are kept and its facts
 * cleared (and the hold on it for older workers lifted), so the outbox holds what is sent. Two instances rendering the same row write the same text; the second
 * changes nothing.
 */
export async function storeRendered(db: Queryable, id: string, email: EmailToSend): Promise<void> {
  await db.query(
    `UPDATE outbox SET language = $2, subject = $3, text_body = $4, html_body = $5, headers = $6::jsonb, attachments = $7::jsonb, facts = NULL,
       locked_until = CASE WHEN locked_until = 'infinity' THEN NULL ELSE locked_until END
     WHERE id = $1 AND facts IS NOT NULL`,
    [id, email.language, email.subject, email.text, email.html, JSON.stringify(email.headers ?? {}), JSON.stringify(email.attachments ?? [])],
  );
}

/**
 * Renders every facts row still waiting (oldest first, up to `limit`), for readers of the outbox that show its text
 * (the development mailbox). A row that cannot be rendered is left as it is, for the worker to give up on and record why.
 */
export async function renderWaiting(db: Queryable, ctx: EmailContext, limit = 200): Promise<number> {
  const { rows } = await db.query<FactsRow>(`SELECT id, to_address, facts FROM outbox WHERE facts IS NOT NULL ORDER BY created_at, id LIMIT $1`, [limit]);
  let rendered = 0;
  for (const row of rows) {
    let email: EmailToSend;
    try {
      email = await renderFacts(ctx, row);
    } catch {
      continue;
    }
    await storeRendered(db, row.id, email);
    rendered++;
  }
  return rendered;
}
