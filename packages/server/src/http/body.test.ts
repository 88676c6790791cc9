import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../cli/start.js';
import { silentLogger } from './logging.js';
import { messageBody } from '../testing/harness.js';

// JSON writes read their body straight from Node's request under the real server (http/body.ts readIncoming), not
// through a web stream: these post over a real socket, in one piece, in several, chunked, and broken.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, memory: true, seed: false, log: silentLogger });
});
afterAll(() => server.close());

/** Posts `parts` as the body of one request, each written separately; with `length`, a Content-Length, else chunked. */
function post(parts: readonly Buffer[], length: boolean): Promise<{ status: number; json: { error?: { code: string }; message?: { id: string } } }> {
  const url = new URL('/v1/solidarity-messages', server.url);
  const size = parts.reduce((n, p) => n + p.byteLength, 0);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(length ? { 'Content-Length': String(size) } : { 'Transfer-Encoding': 'chunked' }) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as never }));
    });
    req.on('error', reject);
    const write = async () => {
      for (const part of parts) {
        req.write(part);
        await new Promise((r) => setTimeout(r, 20)); // separate packets
      }
      req.end();
    };
    void write();
  });
}

const split = (text: string, at: number): Buffer[] => {
  const bytes = Buffer.from(text, 'utf8');
  return [bytes.subarray(0, at), bytes.subarray(at)];
};

describe('JSON bodies over a real socket', () => {
  it('in one piece, in pieces that split a character, and chunked: all read whole', async () => {
    const one = JSON.stringify(messageBody({ message: 'Read in one piece ✊🏽' }));
    expect((await post([Buffer.from(one)], true)).status).toBe(202);
    const text = JSON.stringify(messageBody({ message: 'Read in two pieces ✊🏽 across the cut' }));
    const cut = Buffer.from(text).indexOf(Buffer.from('✊🏽')) + 2; // inside the fist's four bytes
    const pieces = await post(split(text, cut), true);
    expect(pieces.status).toBe(202);
    // Stored with the same text: the same message again is a duplicate.
    expect((await post([Buffer.from(text)], true)).json.error?.code).toBe('duplicate_message');
    const chunked = JSON.stringify(messageBody({ message: 'Read chunked, no length ✊🏽' }));
    expect((await post(split(chunked, 40), false)).status).toBe(202);
  });

  it('invalid UTF-8, an empty body and broken JSON are 400 invalid_json, never a 500', async () => {
    const bad = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expect((await post([bad], true)).json.error?.code).toBe('invalid_json');
    expect((await post([Buffer.from(' ')], true)).json.error?.code).toBe('invalid_json');
    expect((await post(split('{"name": "Kwame', 5), true)).json.error?.code).toBe('invalid_json');
  });
});
