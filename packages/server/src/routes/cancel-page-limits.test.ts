import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../cli/start.js';
import { silentLogger } from '../http/logging.js';
import { setup } from '../testing/harness.js';

// The script-free cancellation page takes a form post outside /v1: it must refuse big bodies at once,
// without buffering them, and limit how often one network may post it.
let h: Awaited<ReturnType<typeof setup>>;
let server: RunningServer;
beforeAll(async () => {
  h = await setup({ rateLimit: { perIp: 3 }, config: { trustProxy: true } });
  server = await startServer({ port: 0, memory: true, seed: false, log: silentLogger });
});
afterAll(async () => {
  await h.close();
  await server.close();
});

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('POST /cancel-signup: body and rate limits', () => {
  it('a declared 256 MiB body is refused with 413 before it is sent, over a real socket', async () => {
    const url = new URL('/cancel-signup', server.url);
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { ...FORM, 'Content-Length': String(256 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', (error) => (error.message.includes('socket hang up') || (error as { code?: string }).code === 'ECONNRESET' ? undefined : reject(error)));
      req.write(Buffer.alloc(64 * 1024, 'a'));
      setTimeout(() => reject(new Error('no answer while the body was still being sent')), 5000).unref();
    });
    expect(status).toBe(413);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a chunked body (no Content-Length) is refused with 413 once it passes the limit, reading no more of it', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`id=${'a'.repeat(64 * 1024 - 3)}`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 16 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await h.app.request('/cancel-signup', { method: 'POST', headers: FORM, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(256 * 1024);
  });

  it('one network may post the form only so often: then a 429 page with Retry-After', async () => {
    const post = () =>
      h.call('POST', '/cancel-signup', { rawBody: 'id=00000000-0000-4000-8000-000000000000&token=guess', headers: { ...FORM, 'X-Forwarded-For': '198.51.100.200' } });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) statuses.push((last = await post()).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('content-type')).toMatch(/^text\/html/);
    expect(last!.text).toContain('Too many attempts');
    // Another network is not affected.
    expect((await h.call('POST', '/cancel-signup', { rawBody: 'id=x&token=y', headers: { ...FORM, 'X-Forwarded-For': '198.51.100.201' } })).status).toBe(404);
  });
});
