import { tsImport } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
const { startTestPostgres } = await tsImport(pathToFileURL('/work/main/packages/server/src/testing/postgres.ts').href, import.meta.url);
const { openPostgres } = await import('/work/main/packages/server/dist/store/postgres.js');
const { migrate } = await import('/work/main/packages/server/dist/store/migrate.js');
const p = await startTestPostgres();
const store = await openPostgres(p.url, { max: 2 }); await migrate(store); await store.close();
const c = new pg.Client({ connectionString: p.url }); await c.connect();
await c.query(`INSERT INTO canvass_sessions (id, constituency_code, title, starts_at, ends_at, meeting_point, organiser_name, organiser_contact, capacity)
 VALUES ('00000000-0000-4000-8000-000000000001', 'E14001279', 'B', now()+interval '7 days', now()+interval '7 days 3 hours', 'x', 'y', 'z', 1000)`);
for (let i = 0; i < 300; i++) await c.query(`INSERT INTO canvass_signups (id, session_id, name, email, languages, first_time, consent_version, consent_at, partner, origin, status)
 VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', 'A', $1, '{pl}', true, 'v', now(), 'p', 'o', 'confirmed')`, [`a${i}@example.org`]);
await c.query('ANALYZE');
await c.query('SET plan_cache_mode = force_generic_plan');
await c.query(`PREPARE q(uuid, text) AS SELECT c.id, c.status FROM canvass_signups c WHERE c.session_id = $1 AND lower(c.email) = lower($2)`);
for (let i = 0; i < 3; i++) console.log((await c.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE q('00000000-0000-4000-8000-000000000001', 'new@example.org')`)).rows.map(r => r['QUERY PLAN']).join('\n'));
const t = Date.now(); for (let i = 0; i < 2000; i++) await c.query(`EXECUTE q('00000000-0000-4000-8000-000000000001', 'new${i}@example.org')`); console.log('2000 execs ms', Date.now() - t);
const t2 = Date.now(); for (let i = 0; i < 2000; i++) await c.query(`SELECT 1`); console.log('2000 select1 ms', Date.now() - t2);
await c.query(`SHOW lc_collate`).then(r => console.log(r.rows));
await c.end(); await p.stop();
