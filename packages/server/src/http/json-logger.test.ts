import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLogger, requestDone, requestLineText, type LogLine, type RequestLine } from './logging.js';

afterEach(() => vi.restoreAllMocks());

describe('jsonLogger', () => {
  it('writes the lines of one turn of the event loop in one write, each a JSON line, none lost', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    for (let i = 0; i < 3; i++) jsonLogger({ msg: 'request', status: 200, n: i });
    expect(writes).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toHaveLength(1);
    const lines = writes[0]!.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['n'])).toEqual([0, 1, 2]);
    expect(lines.every((l) => typeof l['time'] === 'string' && l['msg'] === 'request')).toBe(true);
  });

  it('does not hold more than 64 KB: a burst is written as it fills', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    for (let i = 0; i < 2000; i++) jsonLogger({ msg: 'request', route: 'GET /v1/postcodes/{postcode}', status: 200 });
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.length <= 65_536 + 200)).toBe(true);
    await new Promise((r) => setImmediate(r)); // the rest, still into the spy
  });

  it('each line is one JSON object: the time first, then the fields, undefined ones left out, an empty line still valid', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    const before = Date.now();
    jsonLogger({ level: 'info', msg: 'request', route: 'GET /v1/health', status: 200, ms: 0.4, errorCode: undefined, note: 'a "quoted"\nline' });
    jsonLogger({});
    jsonLogger({ gone: undefined });
    await new Promise((r) => setImmediate(r));
    const lines = writes.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(parsed[0]!)).toEqual(['time', 'level', 'msg', 'route', 'status', 'ms', 'note']);
    expect(parsed[0]).toMatchObject({ level: 'info', status: 200, ms: 0.4, note: 'a "quoted"\nline' });
    expect(Object.keys(parsed[1]!)).toEqual(['time']);
    expect(Object.keys(parsed[2]!)).toEqual(['time']);
    const time = Date.parse(String(parsed[0]!['time']));
    expect(time).toBeGreaterThanOrEqual(before - 1);
    expect(time).toBeLessThanOrEqual(Date.now());
  });
});

describe('request log lines', () => {
  const TIME = Date.parse('2026-11-30T06:01:02.345Z');
  /** What jsonLogger writes for one line, at a fixed time. */
  async function written(write: () => void): Promise<string> {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    vi.spyOn(Date, 'now').mockReturnValue(TIME);
    write();
    await new Promise((r) => setImmediate(r));
    vi.restoreAllMocks();
    return writes.join('');
  }
  const asLogged = (line: RequestLine) => ({ level: line.status >= 500 ? 'error' : 'info', msg: 'request', ...line });

  const lines: RequestLine[] = [
    { requestId: '0f8fad5b-d9cb-469f-a165-70867728950e', method: 'GET', route: 'GET /v1/postcodes/{postcode}', status: 200, ms: 0.4 },
    { requestId: 'trace.abc:01-XYZ_9', method: 'POST', route: 'POST /v1/canvass-signups', status: 201, ms: 12 },
    { requestId: 'a', method: 'DELETE', route: 'unmatched', status: 404, ms: 0 },
    { requestId: 'x'.repeat(64), method: 'PUT', route: 'PUT /v1/admin/party-changes/{id}', status: 503, ms: 1234.5 },
    { requestId: 'r1', method: 'M-SEARCH', route: 'unmatched', status: 500, ms: 1e21 },
    // Nothing the server makes, but if a route or an id ever carries these, the line must still be the same valid JSON.
    { requestId: 'r2', method: 'GET', route: 'GET /v1/"quoted"/{id}', status: 200, ms: 1.5 },
    { requestId: 'r3', method: 'GET', route: 'GET /v1/back\\slash', status: 200, ms: 1.5 },
    { requestId: 'r4', method: 'GET', route: 'GET /v1/line\nbreak \u0001 café \ud800', status: 200, ms: 1.5 },
    { requestId: 'id "with" a quote', method: 'GET', route: 'unmatched', status: 400, ms: 2 },
    { requestId: 'r5', method: 'GET', route: 'unmatched', status: 200, ms: Number.NaN },
  ];

  it('the request line put together from its parts is the line jsonLogger writes, character for character', async () => {
    for (const line of lines) {
      const expected = await written(() => jsonLogger(asLogged(line)));
      expect(requestLineText(new Date(TIME).toISOString(), line)).toBe(expected);
      expect(() => JSON.parse(expected)).not.toThrow();
    }
    expect(JSON.parse(requestLineText('t', lines[5]!)).route).toBe('GET /v1/"quoted"/{id}');
    expect(JSON.parse(requestLineText('t', lines[6]!)).route).toBe('GET /v1/back\\slash');
  });

  it('requestDone writes through jsonLogger the same line as before, and the same fields to any other logger', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(1000.5);
    const request = { started: 999.25, requestId: 'req-1', method: 'GET', route: 'GET /v1/postcodes/{postcode}', status: 200 };
    const text = await written(() => requestDone(jsonLogger, undefined, request));
    const line = { requestId: 'req-1', method: 'GET', route: 'GET /v1/postcodes/{postcode}', status: 200, ms: 1.3 };
    expect(text).toBe(`{"time":"2026-11-30T06:01:02.345Z","level":"info","msg":"request","requestId":"req-1","method":"GET","route":"GET /v1/postcodes/{postcode}","status":200,"ms":1.3}\n`);
    vi.spyOn(performance, 'now').mockReturnValue(1000.5);
    const captured: LogLine[] = [];
    requestDone((l) => captured.push(l), undefined, { ...request, status: 502 });
    expect(captured).toEqual([{ ...asLogged({ ...line, status: 502 }) }]);
    expect(Object.keys(captured[0]!)).toEqual(['level', 'msg', 'requestId', 'method', 'route', 'status', 'ms']);
  });
});
