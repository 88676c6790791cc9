import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLogger } from './logging.js';

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
