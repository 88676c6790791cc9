import nodemailer from 'nodemailer';
import type { EmailAttachment } from './outbox.js';

/** One outbox row as the worker hands it to a transport. */
export interface OutgoingEmail {
  /** The outbox id: the Message-ID is made from it, so a repeat of the same email carries the same Message-ID. */
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attachments: readonly EmailAttachment[];
}

/** Where emails go: an SMTP server, or the development mailbox (kept in the database, shown at /console/mail). */
export interface Mailer {
  /** `smtp`, or `dev-mailbox` when nothing leaves the machine. */
  readonly kind: 'smtp' | 'dev-mailbox';
  /** Resolves once the receiving server has accepted the email (with its queue id when it gives one); throws otherwise. */
  send(email: OutgoingEmail): Promise<{ readonly providerMessageId: string }>;
  close(): void;
}

export const DEFAULT_MAIL_FROM = 'Solidarity Widgets <no-reply@localhost>';

/** The domain of the sender's address, for Message-IDs (`no-reply@unite.org.uk` → `unite.org.uk`). */
export function senderDomain(mailFrom: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = address.split('@')[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : 'solidarity-widgets.invalid';
}

/**
 * The stable Message-ID of an outbox row. Sent twice (a crash between the SMTP server's acceptance and our commit of
 * `sent_at`), the two copies carry the same id, which receiving systems use to drop the repeat (docs/decisions/0007).
 */
export const messageIdFor = (outboxId: string, mailFrom: string): string => `<outbox-${outboxId}@${senderDomain(mailFrom)}>`;

/** The development mailbox: delivery is the row itself (marked sent), read at /console/mail. */
export function devMailbox(): Mailer {
  return { kind: 'dev-mailbox', send: async (email) => ({ providerMessageId: `dev-mailbox:${email.id}` }), close: () => undefined };
}

/**
 * SMTP through nodemailer: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. Timeouts are well
 * inside the worker's lease, so a hung server fails the attempt (retried later) rather than outliving the claim.
 */
export function smtpMailer(smtpUrl: string, mailFrom: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    async send(email) {
      const info = await transport.sendMail({
        from: mailFrom,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: messageIdFor(email.id, mailFrom),
        headers: { ...email.headers },
        attachments: email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      // The server's reply to DATA (`250 2.0.0 Ok: queued as ABC123`) names its queue id: worth keeping for support.
      const response = typeof info.response === 'string' ? info.response.slice(0, 200) : '';
      return { providerMessageId: response || String(info.messageId) };
    },
    close: () => transport.close(),
  };
}

/**
 * What a failure is recorded as (`last_error`, logs): the error's code, SMTP status and message with every email
 * address taken out — an SMTP server's "550 <ola@example.org>: Recipient address rejected" must not put a supporter's
 * address in a column kept after the email is abandoned.
 */
export function describeSendError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts = [
    typeof e?.code === 'string' ? e.code : '',
    typeof e?.responseCode === 'number' ? String(e.responseCode) : '',
    typeof e?.message === 'string' ? e.message : String(error),
  ].filter((p) => p !== '');
  return parts
    .join(' ')
    .replace(/[^\s<>"'()[\],;:]+@[^\s<>"'()[\],;:]+/g, '[address]')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .slice(0, 300);
}
