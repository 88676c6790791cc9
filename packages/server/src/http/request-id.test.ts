import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorBody } from '@solidarity-widgets/contract';
import { startServer } from '../cli/start.js';
import { makeConfig } from '../config.js';
import { PARTNER_ORIGIN, makeSession, setup, signupBody } from '../testing/harness.js';
import type { LogLine } from './logging.js';

describe('request id', () => {
  it('every error body carries the X-Request-Id of its response, which is also in the log line', async () => {
    const h = await setup();
    try {
      const cases = [
        await h.call('GET', '/v1/nothing-here'),
        await h.call('DELETE', '/v1/health'),
        await h.call('GET', '/v1/postcodes/ZZ99%209ZZ'),
        await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, rawBody: '{', headers: { 'Content-Type': 'application/json' } }),
        await h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body: { nope: true } }),
        await h.call('GET', '/v1/admin/solidarity-messages'),
      ];
      for (const res of cases) {
        const id = res.headers.get('x-request-id');
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(ErrorBody.parse(res.json).error.requestId).toBe(id);
        expect(h.logs.filter((l) => l['msg'] === 'request' && l['requestId'] === id)).toHaveLength(1);
      }
      // A sane incoming id is kept end to end; the body still parses as the contract's error shape.
      const kept = await h.call('GET', '/v1/postcodes/XX', { headers: { 'X-Request-Id': 'lb-7f3a.42' } });
      expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.42');
      expect(kept.json).toMatchObject({ error: { code: 'postcode_invalid', requestId: 'lb-7f3a.42' } });
      // Successful bodies are untouched.
      const ok = await h.call('GET', '/v1/health');
      expect(JSON.stringify(ok.json)).not.toContain('requestId');
    } finally {
      await h.close();
    }
  });

  it('the log lines of a real sign-up over HTTP hold no email, name, phone or client address', async () => {
    const lines: LogLine[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), 'sw-reqid-'));
    const server = await startServer({
      port: 0,
      memory: true,
      dataDir,
      seed: false,
      log: (line) => lines.push(line),
      config: makeConfig({ allowedOrigins: [PARTNER_ORIGIN], trustProxy: true }),
      repoRoot: dataDir,
    });
    try {
      const call = async (method: string, path: string, opts: { token?: string; body?: unknown; origin?: string } = {}) => {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: {
            'Content-Type': 'application/json',
            'X-Forwarded-For': '203.0.113.77',
            ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
            ...(opts.origin ? { Origin: opts.origin } : {}),
          },
          ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
        });
        const text = await res.text();
        return { status: res.status, headers: res.headers, text, json: JSON.parse(text || 'null') as unknown };
      };
      const sessionId = await makeSession(call, server.adminToken);
      const body = signupBody(sessionId, { name: 'Zofia Kowalczyk', email: 'zofia.k@example.org', phone: '07700 900123' });
      const res = await call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, body });
      expect(res.status).toBe(201);
      const line = lines.find((l) => l['requestId'] === res.headers.get('x-request-id'));
      expect(line).toMatchObject({ msg: 'request', route: 'POST /v1/canvass-signups', status: 201 });
      const logged = JSON.stringify(lines);
      for (const secret of ['Zofia', 'Kowalczyk', 'zofia.k', 'example.org', '07700', '203.0.113.77', '127.0.0.1', server.adminToken]) {
        expect(logged).not.toContain(secret);
      }
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
