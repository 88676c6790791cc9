import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasePerson } from '../services/people.js';
import { eraseMessage, moderate, purgeRejected, submitMessage, wall, wallPageQuery, type NewMessage } from '../services/solidarity.js';
import type { Scopes } from '../services/tokens.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openStore } from './open.js';
import type { Queryable, Store } from './types.js';

/**
 * Issue 17: a wall page must cost the same at any size. The totals come from counters (migration 0008) that the
 * transaction changing a message keeps; the page is an index range scan. Everything runs on PGlite.
 */

const ADMIN: Scopes = { admin: true, partners: new Set(), constituencies: new Set() };
const PARTNERS = ['wall-one', 'wall-two'] as const;
const COUNTRIES = ['GB', 'FR', 'GH'] as const;
const EMAILS = ['ama@example.org', 'jan@example.org'] as const;

let store: Store;
beforeAll(async () => {
  store = await openStore({ memory: true });
});
afterAll(() => store.close());

/** What the totals must be: counted afresh from the messages themselves. */
async function freshTotals(db: Queryable, partner?: string): Promise<{ messages: number; countries: number }> {
  const { rows } = await db.query<{ messages: number; countries: number }>(
    `SELECT count(*)::int AS messages, count(DISTINCT country)::int AS countries FROM solidarity_messages
     WHERE status = 'approved' AND ($1::text IS NULL OR partner = $1)`,
    [partner ?? null],
  );
  return { messages: Number(rows[0]?.messages), countries: Number(rows[0]?.countries) };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

async function explain(db: Queryable, sql: string, params: readonly unknown[]): Promise<PlanNode> {
  const { rows } = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const raw = rows[0]?.['QUERY PLAN'];
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
  return parsed[0].Plan;
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/** The query's plan reads the wall in index order: no Seq Scan of the messages, no sort, no aggregate over them. */
function expectIndexedPage(plan: PlanNode, index: RegExp): void {
  const all = nodes(plan);
  const types = all.map((n) => n['Node Type']);
  expect(types, JSON.stringify(plan)).not.toContain('Sort');
  expect(types).not.toContain('Aggregate');
  for (const n of all.filter((n) => n['Relation Name'] === 'solidarity_messages')) {
    expect(n['Node Type'], JSON.stringify(plan)).toBe('Index Scan');
    expect(n['Index Name']).toMatch(index);
  }
  expect(plan['Node Type']).toBe('Limit');
}

/** Every query `wall` sends, recorded so the test can EXPLAIN exactly those. */
function recording(db: Queryable): { db: Queryable; sent: { sql: string; params: readonly unknown[] }[] } {
  const sent: { sql: string; params: readonly unknown[] }[] = [];
  return {
    sent,
    db: {
      query: (sql, params = []) => {
        sent.push({ sql, params });
        return db.query(sql, params);
      },
    },
  };
}

let sequence = 0;
function newMessage(partner: string | undefined, country: string, email: string | undefined): NewMessage {
  sequence += 1;
  return {
    name: 'Kasia Nowak',
    country,
    language: 'en',
    message: `Solidarity message number ${sequence}`,
    consentToPublish: true,
    ...(partner === undefined ? {} : { partner }),
    ...(email === undefined ? {} : { email }),
  };
}

type Op =
  | { kind: 'send'; partner: string | undefined; country: string; email: string | undefined }
  | { kind: 'approve' | 'reject' | 'erase'; pick: number }
  | { kind: 'erasePerson'; email: string; partnerScope: string | undefined }
  | { kind: 'purge' };

// Weighted towards sending and approving, so the wall grows between erasures and purges.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    kind: fc.constant('send' as const),
    partner: fc.option(fc.constantFrom(...PARTNERS), { nil: undefined }),
    country: fc.constantFrom(...COUNTRIES),
    email: fc.option(fc.constantFrom(...EMAILS), { nil: undefined }),
  }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constantFrom('approve' as const, 'approve' as const, 'approve' as const, 'reject' as const, 'erase' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({
    kind: fc.constant('erasePerson' as const),
    email: fc.constantFrom(...EMAILS),
    partnerScope: fc.option(fc.constantFrom(...PARTNERS), { nil: undefined }),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('purge' as const) }) },
);

async function apply(op: Op): Promise<void> {
  if (op.kind === 'send') {
    await store.transaction((tx) => submitMessage(tx, newMessage(op.partner, op.country, op.email), { origin: null, minFormMs: 0 }));
    return;
  }
  if (op.kind === 'erasePerson') {
    const scopes: Scopes = op.partnerScope === undefined ? ADMIN : { admin: false, partners: new Set([op.partnerScope]), constituencies: new Set() };
    await store.transaction((tx) => erasePerson(tx, scopes, op.email));
    return;
  }
  if (op.kind === 'purge') {
    // Ages the rejected messages past retention first, so the purge deletes something.
    await store.query(`UPDATE solidarity_messages SET rejected_at = now() - interval '40 days' WHERE status = 'rejected'`);
    await purgeRejected(store);
    return;
  }
  const ids = (await store.query<{ id: string }>('SELECT id FROM solidarity_messages ORDER BY created_at, id')).rows;
  const id = ids.length === 0 ? undefined : ids[op.pick % ids.length]?.id;
  if (id === undefined) return;
  if (op.kind === 'erase') await store.transaction((tx) => eraseMessage(tx, ADMIN, id));
  else await store.transaction((tx) => moderate(tx, ADMIN, id, { decision: op.kind === 'approve' ? 'approve' : 'reject', reason: 'Off topic' }));
}

let mostApproved = 0;
async function expectTotalsMatchFreshCounts(): Promise<void> {
  for (const partner of [undefined, ...PARTNERS]) {
    const fresh = await freshTotals(store, partner);
    mostApproved = Math.max(mostApproved, fresh.messages);
    expect((await wall(store, partner === undefined ? {} : { partner })).totals, partner ?? 'all partners').toEqual(fresh);
  }
}

describe('wall totals (issue 17)', () => {
  it('stay equal to a fresh count after any sequence of sending, approving, rejecting, erasing and purging', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 30 }), async (ops) => {
        for (const op of ops) {
          await apply(op);
          await expectTotalsMatchFreshCounts();
        }
      }),
      { seed: 1717, numRuns: 25 },
    );
    // The property ran on a wall that really had several messages on it at some point.
    expect(mostApproved).toBeGreaterThan(5);
  });

  it('a transaction that rolls back leaves the totals as they were', async () => {
    const before = await wall(store, {});
    const receipt = await store.transaction((tx) => submitMessage(tx, newMessage('wall-one', 'PL', undefined), { origin: null, minFormMs: 0 }));
    await expect(
      store.transaction(async (tx) => {
        await moderate(tx, ADMIN, receipt.message.id, { decision: 'approve' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await wall(store, {})).totals).toEqual(before.totals);
    await expectTotalsMatchFreshCounts();
  });
});

describe('wall page plan (issue 17)', () => {
  it('the page query of the all-partners wall and of one partner reads an index in order, first page and next', async () => {
    for (const partner of ['wall-one', 'wall-one', 'wall-two']) {
      const { message } = await store.transaction((tx) => submitMessage(tx, newMessage(partner, 'GB', undefined), { origin: null, minFormMs: 0 }));
      await store.transaction((tx) => moderate(tx, ADMIN, message.id, { decision: 'approve' }));
    }
    const first = await wall(store, { limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    for (const query of [{}, { cursor: first.nextCursor ?? '' }, { partner: 'wall-one' }]) {
      const { sql, params } = wallPageQuery({ ...query, limit: 20 });
      expectIndexedPage(await explain(store, sql, params), /^solidarity_messages_wall/);
    }
  });

  it('at 20,000 approved messages every query of a page stays an index range scan (plan estimates, nothing timed)', async () => {
    await store.query(
      `INSERT INTO solidarity_messages (id, name, country, language, message, partner, status, message_hash, published_at)
       SELECT gen_random_uuid(), 'Supporter ' || g, (ARRAY['GB','FR','GH','PL','ZA'])[1 + g % 5], 'en', 'Message ' || g,
              CASE WHEN g % 2 = 0 THEN 'wall-big' END, 'approved', md5('big' || g), now() - g * interval '1 second'
       FROM generate_series(1, 20000) AS g`,
    );
    await store.query('ANALYZE solidarity_messages');
    await expectTotalsMatchFreshCounts();
    expect((await wall(store, { partner: 'wall-big' })).totals).toEqual({ messages: 10_000, countries: 5 });

    const first = await wall(store, { limit: 20 });
    for (const query of [{}, { cursor: first.nextCursor ?? '' }, { partner: 'wall-big' }]) {
      const rec = recording(store);
      const page = await wall(rec.db, { ...query, limit: 20 });
      expect(page.messages).toHaveLength(20);
      for (const { sql, params } of rec.sent) {
        const plan = await explain(store, sql, params);
        if (sql.includes('solidarity_messages')) {
          expectIndexedPage(plan, /^solidarity_messages_wall/);
          // The planner expects to read one page and a look-ahead row, not the wall.
          expect(plan['Plan Rows']).toBeLessThanOrEqual(21);
        } else {
          // Anything else a page reads stays off the messages table entirely.
          expect(JSON.stringify(plan)).not.toContain('solidarity_messages');
        }
      }
    }
  });
});

describe('migration 0008 on a wall that already has messages', () => {
  it('counts the messages approved before it ran', async () => {
    const old = await openStore({ memory: true, migrate: false });
    try {
      await migrate(old, migrations.filter((m) => m.id < 8));
      await old.query(
        `INSERT INTO solidarity_messages (id, name, country, language, message, partner, status, message_hash, published_at)
         SELECT gen_random_uuid(), 'S', (ARRAY['GB','FR','GH'])[1 + g % 3], 'en', 'M' || g, (ARRAY['old-a', 'old-b', NULL])[1 + g % 4 % 3],
                CASE WHEN g % 5 = 0 THEN 'pending' ELSE 'approved' END, md5('old' || g), CASE WHEN g % 5 <> 0 THEN now() END
         FROM generate_series(1, 50) AS g`,
      );
      expect(await migrate(old, migrations.filter((m) => m.id <= 8))).toEqual([8]);
      for (const partner of [undefined, 'old-a', 'old-b', 'old-none']) {
        expect((await wall(old, partner === undefined ? {} : { partner })).totals, partner).toEqual(await freshTotals(old, partner));
      }
      expect((await wall(old, {})).totals.messages).toBe(40);
    } finally {
      await old.close();
    }
  });
});
