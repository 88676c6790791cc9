import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitError, type SolidarityClient } from '@solidarity-widgets/sdk';
import type { RunningServer } from '@solidarity-widgets/server/start';
import { sdkFor, startRealServer, thrown, type Exchange } from './harness.js';

// A server of its own with a tiny allowance, so the limit is reached in three writes without touching the main suite.
// Windows are fixed (aligned to multiples of their length): a 30-day one makes crossing a boundary mid-test, which
// would reset the count or shrink Retry-After to a wait the SDK retries by itself, vanishingly unlikely.
const PER_IP = 2;
const WINDOW_S = 30 * 86_400;

let server: RunningServer;
const log: Exchange[] = [];
let api: SolidarityClient;

beforeAll(async () => {
  server = await startRealServer({ rateLimit: { perIp: PER_IP, perPartner: 1000, windowSeconds: WINDOW_S } });
  api = sdkFor(server, log, { partner: 'rate-limit-tests' });
});
afterAll(async () => {
  await server?.close();
});

const note = (n: number) => ({
  name: 'Kwame',
  country: 'GH',
  language: 'en',
  message: `In solidarity from Accra, note ${n}`,
  consentToPublish: true as const,
  elapsedMs: 20_000,
});

describe('rate limits, through the SDK', () => {
  it('counts down RateLimit-Remaining, then answers 429 rate_limited with retryAfter', async () => {
    for (let n = 1; n <= PER_IP; n++) {
      await api.sendSolidarityMessage(note(n));
      expect(log.at(-1)?.headers.get('ratelimit-limit')).toBe(String(PER_IP));
      expect(log.at(-1)?.headers.get('ratelimit-remaining')).toBe(String(PER_IP - n));
    }
    const e = await thrown(() => api.sendSolidarityMessage(note(PER_IP + 1)));
    expect(e).toBeInstanceOf(RateLimitError);
    const limited = e as RateLimitError;
    expect([limited.status, limited.code]).toEqual([429, 'rate_limited']);
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect(limited.retryAfter).toBeLessThanOrEqual(WINDOW_S);
    expect(limited.details).toEqual({ retryAfter: limited.retryAfter });
    const headers = log.at(-1)?.headers;
    expect(headers?.get('retry-after')).toBe(String(limited.retryAfter));
    expect(headers?.get('ratelimit-remaining')).toBe('0');
  });

  it('limits sign-ups the same way, and reads are never limited', async () => {
    const { sessions } = await api.listCanvassSessions();
    const e = await thrown(() =>
      api.signUpToCanvass({
        sessionId: sessions[0]!.id, name: 'Kwame Mensah', email: 'kwame@example.org', languages: ['en', 'tw'],
        firstTime: false, consentToContact: true, consentVersion: '2026-11-23',
      }),
    );
    expect(e).toBeInstanceOf(RateLimitError);
    for (let i = 0; i < PER_IP + 3; i++) expect((await api.health()).status).toBe('ok');
  });

  it('a long wait is handed to the caller rather than retried: one request, even with retries on', async () => {
    const patient = sdkFor(server, log, { partner: 'rate-limit-tests', retries: 3 });
    const before = log.length;
    await expect(patient.sendSolidarityMessage(note(99))).rejects.toBeInstanceOf(RateLimitError);
    expect(log.length - before).toBe(1);
  });
});
