import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  readonly to: string;
  readonly messageId: string;
  readonly mail: ParsedMail;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  readonly url: string;
  readonly port: number;
  /** Every email the sink accepted (answered 250), in order. */
  readonly received: ReceivedEmail[];
  /** While true, every email is refused with 451 (a temporary failure, as a full or restarting relay answers). */
  refusing: boolean;
  /** Resolves when the next email's data starts arriving (before it is accepted). */
  nextData(): Promise<void>;
  /** Resolves once `n` emails have been accepted (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (npm `smtp-server`) on a free port, parsing what arrives with `mailparser`: the worker talks to
 * it exactly as to a relay. `acceptDelayMs` holds every reply to DATA that long; an email whose connection dropped
 * before the reply (the sender was killed) is not counted, as its sender never heard it was accepted.
 */
export async function startSmtpSink(options: { readonly port?: number; readonly acceptDelayMs?: number } = {}): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  const closedSessions = new Set<string>();
  let dataWaiters: (() => void)[] = [];
  const sink = {
    refusing: false,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      const waiting = dataWaiters;
      dataWaiters = [];
      for (const wake of waiting) wake();
      simpleParser(stream).then(
        async (mail) => {
          if (sink.refusing) {
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            callback(error);
            return;
          }
          if (options.acceptDelayMs) await new Promise((r) => setTimeout(r, options.acceptDelayMs));
          if (closedSessions.has(session.id)) return;
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), messageId: mail.messageId ?? '', mail });
          callback(null, `Ok: queued as ${received.length}`);
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  // Errors on a client connection (a killed sender) are the client's business, not the test's.
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    nextData: () => new Promise<void>((resolve) => dataWaiters.push(resolve)),
    async waitFor(n: number, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} emails, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
