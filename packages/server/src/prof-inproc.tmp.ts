import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { setup, makeSession, signupBody, PARTNER_ORIGIN } from './testing/harness.js';
const h = await setup({ config: { trustProxy: true } });
const sessions: string[] = [];
for (let i = 0; i < 5; i++) sessions.push(await makeSession(h.call, h.adminToken, { capacity: 1000 }));
const N = Number(process.argv[2] ?? 400);
const kind = process.argv[3] ?? 'signups';
const one = (i: number, p: string) => kind === 'signups'
  ? h.call('POST', '/v1/canvass-signups', { origin: PARTNER_ORIGIN, headers: { 'x-forwarded-for': `10.${p}.${i >> 8}.${i & 255}`, 'idempotency-key': `${p}${i}` }, body: signupBody(sessions[i % 5]!, { email: `${p}${i}@example.org`, language: 'en' }) })
  : h.call('POST', '/v1/solidarity-messages', { origin: PARTNER_ORIGIN, headers: { 'x-forwarded-for': `10.${p}.${i >> 8}.${i & 255}`, 'idempotency-key': `${p}${i}` }, body: { name: 'K', country: 'GH', language: 'en', message: `msg ${p} ${i}`, consentToPublish: true, partner: 'bench-union', elapsedMs: 15000 } });
for (let i = 0; i < 100; i++) await one(i, '1');
const timing = new Map<string, [number, number]>();
const store = h.store as any; const origTx = store.transaction.bind(store); const origQ = store.query.bind(store);
const timed = (q: any) => async (sql: string, p?: unknown[]) => { const t = performance.now(); try { return await q(sql, p); } finally { const k = sql.replace(/\s+/g, ' ').slice(0, 70); const e = timing.get(k) ?? [0, 0]; e[0] += performance.now() - t; e[1]++; timing.set(k, e); } };
store.query = timed(origQ);
store.transaction = (fn: any) => { const t = performance.now(); return origTx((tx: any) => fn({ query: timed(tx.query.bind(tx)) })).finally(() => { const e = timing.get('TX total') ?? [0, 0]; e[0] += performance.now() - t; e[1]++; timing.set('TX total', e); }); };
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 200 }); await s.post('Profiler.start');
const c0 = process.cpuUsage(); const t0 = performance.now();
for (let i = 0; i < N; i++) await one(i, '2');
const c = process.cpuUsage(c0);
const { profile } = await s.post('Profiler.stop');
writeFileSync('/tmp/c/inproc.cpuprofile', JSON.stringify(profile));
for (const [k, [ms, n]] of [...timing].sort((a, b) => b[1][0] - a[1][0])) console.log((ms / n).toFixed(3).padStart(7), 'ms x', n, k);
store.query = origQ; store.transaction = origTx;
console.log(kind, 'per write: wall ms', ((performance.now() - t0) / N).toFixed(2), 'cpu ms', ((c.user + c.system) / 1000 / N).toFixed(2));
// raw-equivalent in the same process
const r0 = process.cpuUsage(); const rt = performance.now();
for (let i = 0; i < N; i++) await h.store.transaction(async (tx) => { await tx.query('SELECT 1 FROM canvass_sessions WHERE id = $1 FOR UPDATE', [sessions[i % 5]]); await tx.query(`INSERT INTO canvass_signups (id, session_id, name, email, languages, first_time, consent_version, consent_at, status) VALUES (gen_random_uuid(), $1, 'x', $2, '{pl}', true, 'v', now(), 'waitlisted')`, [sessions[i % 5], `raw${i}@e.org`]); await tx.query(`INSERT INTO outbox (id, kind, to_address, language, subject, text_body, html_body, headers, attachments, send_after) VALUES (gen_random_uuid(), 'k', 'a@b.c', 'en', 's', $1, $2, '{}', '[]', now())`, ['x'.repeat(1400), 'y'.repeat(3600)]); });
const rc = process.cpuUsage(r0);
console.log('raw per write: wall ms', ((performance.now() - rt) / N).toFixed(2), 'cpu ms', ((rc.user + rc.system) / 1000 / N).toFixed(2));
await h.close();
