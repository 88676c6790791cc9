import type { RouteName } from '@solidarity-widgets/contract';
import { validateJson, type JsonSchema } from '@solidarity-widgets/contract/json-validate';
import type { RunningServer } from '@solidarity-widgets/server/start';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, routeFor, startRealServer } from './harness.js';

/**
 * Real responses of the real server (over a socket) checked against the OpenAPI document that server publishes at
 * /v1/openapi.json: each status is documented for its operation, each JSON body matches that response's schema (no
 * undocumented fields either), each error code is one listed for that status, and each API header it sends is
 * documented on that response. Every operation is called at least once, successes and errors both.
 */

interface Doc {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, DocResponse> }>>;
  components: { schemas: Record<string, JsonSchema> };
}
interface DocResponse {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: JsonSchema }>;
  'x-error-codes'?: string[];
}
interface Seen {
  route: RouteName;
  what: string;
  status: number;
  headers: Headers;
  text: string;
}

/** The headers the API itself means for clients (not CORS or security headers, which every response carries). */
const HEADERS_OF_INTEREST = [
  'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit-policy', 'retry-after', 'idempotent-replayed', 'www-authenticate',
  'x-request-id', 'cache-control', 'content-disposition',
];

let server: RunningServer;
let limited: RunningServer;
let doc: Doc;
const seen: Seen[] = [];

async function call(
  target: RunningServer,
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; token?: string; origin?: string; key?: string; headers?: Record<string, string> } = {},
): Promise<Seen & { json: any }> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.body !== undefined || opts.raw !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.token) headers['Authorization'] = `Bearer ${opts.token}`;
  if (opts.origin) headers['Origin'] = opts.origin;
  if (opts.key) headers['Idempotency-Key'] = opts.key;
  const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const res = await fetch(target.url + path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  const route = routeFor(method, new URL(target.url + path).pathname);
  if (!route) throw new Error(`${method} ${path} is no route of the table`);
  const entry = { route, what: `${method} ${path}`, status: res.status, headers: res.headers, text };
  seen.push(entry);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { ...entry, json };
}

/** Replaces `$ref`s with the component they name (the document has no cycles). */
function deref(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(deref);
  if (schema === null || typeof schema !== 'object') return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') return deref(doc.components.schemas[ref.replace('#/components/schemas/', '')]);
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, deref(v)]));
}

/** Fields the server sent that the schema does not declare (`additionalProperties: false`); json-validate ignores those. */
function undeclared(schema: JsonSchema, value: unknown, path: string, out: string[]): void {
  const branches = (schema['anyOf'] ?? schema['oneOf']) as JsonSchema[] | undefined;
  if (branches) {
    const match = branches.find((b) => validateJson(b, value).length === 0);
    if (match) undeclared(match, value, path, out);
    return;
  }
  if (Array.isArray(value) && schema['items']) value.forEach((v, i) => undeclared(schema['items'] as JsonSchema, v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
    for (const [k, v] of Object.entries(value)) {
      if (props[k]) undeclared(props[k], v, `${path}.${k}`, out);
      else if (schema['additionalProperties'] === false) out.push(`${path}.${k}`);
    }
  }
}

function problems(entry: Seen): string[] {
  const out: string[] = [];
  const op = Object.values(doc.paths).flatMap((methods) => Object.values(methods)).find((o) => o.operationId === entry.route);
  if (!op) return [`operation ${entry.route} is not in the document`];
  const response = op.responses[String(entry.status)];
  if (!response) return [`${entry.status} is not documented (${Object.keys(op.responses).join(', ')})`];
  const type = (entry.headers.get('content-type') ?? '').split(';')[0]!;
  const media = response.content?.[type];
  if (!media) out.push(`content-type ${type} is not documented for ${entry.status}`);
  else if (type === 'application/json') {
    const schema = deref(media.schema) as JsonSchema;
    const value = JSON.parse(entry.text) as unknown;
    const issues = validateJson(schema, value);
    if (issues.length > 0) out.push(`body does not match: ${JSON.stringify(issues.slice(0, 3))}`);
    const extra: string[] = [];
    undeclared(schema, value, '$', extra);
    if (extra.length > 0) out.push(`undocumented fields ${extra.join(', ')}`);
    const code = (value as { error?: { code?: string } }).error?.code;
    if (entry.status >= 400 && !(response['x-error-codes'] ?? []).includes(code ?? '')) out.push(`error code ${code} is not listed for ${entry.status}`);
  }
  const documented = Object.keys(response.headers ?? {}).map((h) => h.toLowerCase());
  for (const name of HEADERS_OF_INTEREST) {
    if (entry.headers.has(name) && !documented.includes(name)) out.push(`header ${name} is not documented for ${entry.status}`);
  }
  return out;
}

const LEWISHAM_EAST = 'E14001172';

beforeAll(async () => {
  server = await startRealServer({ rateLimit: { perIp: 10_000, perPartner: 10_000 } });
  limited = await startRealServer({ rateLimit: { perIp: 1, perPartner: 10_000 } });
  doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as Doc;
});
afterAll(async () => {
  await server?.close();
  await limited?.close();
});

describe('real responses against the published OpenAPI document', () => {
  it('every operation, on success and on error, answers as documented', async () => {
    const t = server.adminToken;
    const s = server;
    const o = { origin: PARTNER_ORIGIN };
    await call(s, 'GET', '/v1/health');
    await call(s, 'GET', '/v1/health/live');
    await call(s, 'GET', '/v1/health/ready');
    for (const p of ['SE13%206', 'SE6%204AA', 'SE13', 'XX', 'ZZ99%209ZZ', 'JE2%203AB', 'A'.repeat(17)]) await call(s, 'GET', `/v1/postcodes/${p}`);
    for (const p of ['SE6%204AA', 'SE13', 'BT7%201NN', 'XX', 'ZZ99%209ZZ', 'JE2%203AB', 'A'.repeat(17)]) await call(s, 'GET', `/v1/postcodes/${p}/answer`);
    await call(s, 'GET', '/v1/postcodes/SE6%204AA/answer?limit=21');
    for (const c of [LEWISHAM_EAST, 'E14999999', 'nope']) {
      await call(s, 'GET', `/v1/constituencies/${c}`);
      await call(s, 'GET', `/v1/constituencies/${c}/nearby-marginals?limit=5`);
      await call(s, 'GET', `/v1/constituencies/${c}/local-contact`);
    }
    await call(s, 'GET', `/v1/constituencies/${LEWISHAM_EAST}/nearby-marginals?limit=43.85`);
    for (const q of ['party=lab', 'party=Con&swing=2.5&count=3&postcode=SE6%204AA', 'party=labour', 'swing=5', 'party=Lab&count=21']) {
      await call(s, 'GET', `/v1/constituencies/${LEWISHAM_EAST}/targets?${q}`);
    }
    await call(s, 'GET', '/v1/constituencies/E14999999/targets?party=Lab');
    for (const q of ['', '?nation=Wales&maxMajorityPct=10', '?maxMajorityPct=101']) await call(s, 'GET', `/v1/constituencies${q}`);

    // Sessions and sign-ups.
    const created = await call(s, 'POST', '/v1/admin/canvass-sessions', {
      token: t,
      body: {
        constituencyCode: LEWISHAM_EAST, title: 'Catford: Saturday canvass', startsAt: '2030-06-01T10:00:00Z', endsAt: '2030-06-01T13:00:00Z',
        meetingPoint: 'Catford Broadway', organiserName: 'Lewisham East CLP', organiserContact: 'org@example.org', capacity: 1,
      },
    });
    const sessionId = created.json.id as string;
    await call(s, 'POST', '/v1/admin/canvass-sessions', { token: t, body: { constituencyCode: LEWISHAM_EAST, startsAt: '0000-01-01T00:00:00Z' } });
    await call(s, 'POST', '/v1/admin/canvass-sessions', { body: {} });
    await call(s, 'GET', '/v1/admin/canvass-sessions', { token: t });
    await call(s, 'GET', '/v1/admin/canvass-sessions', { token: 'sw_wrong' });
    await call(s, 'PATCH', `/v1/admin/canvass-sessions/${sessionId}`, { token: t, body: { capacity: 2 } });
    await call(s, 'PATCH', `/v1/admin/canvass-sessions/${sessionId}`, { token: t, body: { startsAt: '0000-01-01T00:00:00Z' } });
    await call(s, 'PATCH', `/v1/admin/canvass-sessions/${sessionId}`, { token: t, raw: '{' });
    await call(s, 'GET', `/v1/canvass-sessions?constituency=${LEWISHAM_EAST}`);
    await call(s, 'GET', '/v1/canvass-sessions?constituency=bad');
    const signup = {
      sessionId, name: 'Aleksandra Nowak', email: 'ola@example.org', languages: ['pl'], firstTime: true, consentToContact: true,
      consentVersion: '2026-11-23', partner: 'unite-polish-branch',
    };
    const first = await call(s, 'POST', '/v1/canvass-signups', { ...o, body: signup, key: 'k-signup-1' });
    await call(s, 'POST', '/v1/canvass-signups', { ...o, body: signup, key: 'k-signup-1' });
    await call(s, 'POST', '/v1/canvass-signups', { ...o, body: { ...signup, name: 'Other' }, key: 'k-signup-1' });
    await call(s, 'POST', '/v1/canvass-signups', { ...o, body: signup });
    await call(s, 'POST', '/v1/canvass-signups', { ...o, body: { ...signup, email: 'second@example.org' } });
    await call(s, 'POST', '/v1/canvass-signups', { ...o, body: { ...signup, sessionId: '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10' } });
    await call(s, 'POST', '/v1/canvass-signups', { ...o, body: { ...signup, email: 'not an email' } });
    await call(s, 'POST', '/v1/canvass-signups', { origin: 'https://evil.example', body: signup });
    await call(s, 'POST', `/v1/canvass-signups/${first.json.signup.id}/cancel`, { ...o, body: { token: first.json.cancelToken } });
    await call(s, 'POST', `/v1/canvass-signups/${first.json.signup.id}/cancel`, { ...o, body: { token: 'wrong' } });
    await call(s, 'GET', '/v1/admin/canvass-signups', { token: t });
    await call(s, 'GET', `/v1/admin/canvass-signups?session=${sessionId}`, { token: t });
    await call(s, 'GET', '/v1/admin/canvass-signups?session=nope', { token: t });
    await call(s, 'GET', '/v1/admin/canvass-signups.csv', { token: t });
    await call(s, 'GET', '/v1/admin/canvass-signups.csv');
    await call(s, 'POST', `/v1/admin/canvass-sessions/${sessionId}/cancel`, { token: t });
    await call(s, 'POST', '/v1/admin/canvass-sessions/8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10/cancel', { token: t });

    // Solidarity.
    const message = { name: 'Kwame Mensah', country: 'GH', language: 'en', message: 'An injury to one is an injury to all.', consentToPublish: true, partner: 'tuc', elapsedMs: 20_000 };
    const sent = await call(s, 'POST', '/v1/solidarity-messages', { ...o, body: message, key: 'k-msg-1' });
    await call(s, 'POST', '/v1/solidarity-messages', { ...o, body: message, key: 'k-msg-1' });
    await call(s, 'POST', '/v1/solidarity-messages', { ...o, body: { ...message, name: 'Other' }, key: 'k-msg-1' });
    await call(s, 'POST', '/v1/solidarity-messages', { ...o, body: message });
    await call(s, 'POST', '/v1/solidarity-messages', { ...o, body: { ...message, consentToPublish: false } });
    await call(s, 'GET', '/v1/admin/solidarity-messages', { token: t });
    await call(s, 'GET', '/v1/admin/solidarity-messages?status=nope', { token: t });
    await call(s, 'POST', `/v1/admin/solidarity-messages/${sent.json.message.id}/decision`, { token: t, body: { decision: 'approve' } });
    await call(s, 'POST', `/v1/admin/solidarity-messages/${sent.json.message.id}/decision`, { token: t, body: { decision: 'maybe' } });
    await call(s, 'GET', '/v1/solidarity-messages?partner=tuc&limit=1');
    await call(s, 'POST', '/v1/admin/solidarity-messages/purge', { token: t });
    await call(s, 'POST', '/v1/admin/solidarity-messages/purge');
    await call(s, 'DELETE', `/v1/admin/solidarity-messages/${sent.json.message.id}`, { token: t });
    await call(s, 'DELETE', `/v1/admin/solidarity-messages/${sent.json.message.id}`, { token: t });
    const crafted = Buffer.from('9223372036854775807.00000000-0000-0000-0000-000000000000').toString('base64url');
    await call(s, 'GET', `/v1/solidarity-messages?cursor=${crafted}`);

    // Working locally.
    await call(s, 'PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, { token: t, body: { name: 'Lewisham East Labour', email: 'hello@example.org', website: 'https://lewisham.example.org', languages: ['en'] } });
    await call(s, 'PUT', `/v1/admin/constituencies/${LEWISHAM_EAST}/local-contact`, { token: t, body: { name: 'x', email: 'x', languages: [] } });
    await call(s, 'GET', `/v1/constituencies/${LEWISHAM_EAST}/local-contact`);
    const intro = await call(s, 'POST', '/v1/introductions', {
      ...o,
      body: {
        organisation: 'Polish Workers Association', organisationType: 'diaspora_association', languages: ['pl'], constituencies: [LEWISHAM_EAST],
        contactName: 'Marta', email: 'marta@example.org', offers: ['canvassers'], consentToContact: true, consentVersion: '2026-12-01', listInDirectory: true,
      },
    });
    await call(s, 'POST', '/v1/introductions', { ...o, body: { organisation: '' } });
    const introId = intro.json.introduction.id as string;
    await call(s, 'GET', '/v1/admin/introductions', { token: t });
    await call(s, 'GET', '/v1/admin/introductions?status=bad', { token: t });
    await call(s, 'GET', '/v1/admin/introductions.csv', { token: t });
    await call(s, 'GET', '/v1/admin/introductions.csv', { token: 'sw_wrong' });
    await call(s, 'PATCH', `/v1/admin/introductions/${introId}`, { token: t, body: { status: 'contacted' } });
    await call(s, 'PATCH', '/v1/admin/introductions/8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10', { token: t, body: { status: 'contacted' } });
    await call(s, 'POST', `/v1/admin/introductions/${introId}/decision`, { token: t, body: { decision: 'approve' } });
    await call(s, 'POST', `/v1/admin/introductions/${introId}/decision`, { token: t, body: { decision: 'list it' } });
    await call(s, 'GET', `/v1/local-groups?constituency=${LEWISHAM_EAST}`);
    await call(s, 'GET', '/v1/local-groups?postcode=SE13%206');
    await call(s, 'GET', '/v1/local-groups?postcode=XX');
    await call(s, 'DELETE', '/v1/admin/people?email=ola%40example.org', { token: t });
    await call(s, 'DELETE', '/v1/admin/people?email=%20x%40example.org', { token: t });
    const partyChange = { constituency: LEWISHAM_EAST, party: 'Ind', date: '2026-11-20', source: 'https://news.example.org/lewisham-east' };
    const recorded = await call(s, 'POST', '/v1/admin/party-changes', { token: t, body: partyChange });
    await call(s, 'POST', '/v1/admin/party-changes', { token: t, body: { ...partyChange, party: 'NewParty', source: 'http://news.example.org/x' } });
    await call(s, 'GET', '/v1/admin/party-changes', { token: t });
    await call(s, 'GET', '/v1/admin/party-changes', { token: 'sw_wrong' });
    await call(s, 'DELETE', `/v1/admin/party-changes/${recorded.json.id}`, { token: t });
    await call(s, 'DELETE', `/v1/admin/party-changes/${recorded.json.id}`, { token: t });
    await call(s, 'POST', '/v1/answer-reports', { body: { postcodeArea: 'SE6 4', constituency: LEWISHAM_EAST, answer: 'Lewisham East', message: 'The MP changed party' } });
    await call(s, 'POST', '/v1/answer-reports', { body: { answer: 'Lewisham East', message: 'bell\u0007' } });
    await call(s, 'GET', '/v1/admin/answer-reports', { token: t });
    await call(s, 'GET', '/v1/admin/answer-reports', { token: 'sw_wrong' });
    await call(s, 'POST', '/v1/referrals/k2m3n4p5q6/visit', { body: { partner: 'contract-tests' } });
    await call(s, 'POST', '/v1/referrals/k2m3n4p5q6/visit', { body: { action: 'signup' } });
    await call(s, 'POST', '/v1/referrals/not-a-code/visit', { body: {} });
    await call(s, 'GET', '/v1/admin/referrals', { token: t });
    await call(s, 'GET', '/v1/admin/referrals', { token: 'sw_wrong' });
    // Pledges to vote: new, repeated (200), refused (400, 404, 422: passed, not held in the seat's nation), counted, summarised, exported.
    const pledge = { partner: 'contract-tests', constituencyCode: LEWISHAM_EAST, intent: 'register-and-vote', election: { type: 'general', date: `${new Date().getUTCFullYear() + 1}-05-06` }, email: 'pledge@example.org', reminders: true, language: 'ur' };
    await call(s, 'POST', '/v1/pledges', { ...o, body: pledge, key: 'k-pledge-1' });
    await call(s, 'POST', '/v1/pledges', { ...o, body: pledge, key: 'k-pledge-1' });
    await call(s, 'POST', '/v1/pledges', { ...o, body: pledge });
    await call(s, 'POST', '/v1/pledges', { ...o, body: { ...pledge, email: undefined } });
    await call(s, 'POST', '/v1/pledges', { ...o, body: { ...pledge, constituencyCode: 'E14999999' } });
    await call(s, 'POST', '/v1/pledges', { ...o, body: { ...pledge, election: { type: 'general', date: '2024-07-04' } } });
    await call(s, 'POST', '/v1/pledges', { ...o, body: { ...pledge, election: { ...pledge.election, type: 'senedd' } } });
    await call(s, 'GET', `/v1/pledges/count?constituency=${LEWISHAM_EAST}&partner=contract-tests`);
    await call(s, 'GET', '/v1/pledges/count?constituency=E14999999');
    await call(s, 'GET', '/v1/admin/pledges/summary', { token: t });
    await call(s, 'GET', '/v1/admin/pledges/summary', { token: 'sw_wrong' });
    await call(s, 'GET', '/v1/admin/pledges/summary.csv', { token: t });
    await call(s, 'GET', '/v1/admin/pledges/summary.csv', { token: 'sw_wrong' });

    // The console: organisers, sign-in by emailed link, the session cookie and its CSRF token, attendance, dashboard, audit.
    const nobody = '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10';
    const organiser = await call(s, 'POST', '/v1/admin/organisers', { token: t, body: { email: 'org@example.org', name: 'Org', scopes: [`constituency:${LEWISHAM_EAST}`] } });
    await call(s, 'POST', '/v1/admin/organisers', { token: t, body: { email: 'org@example.org', name: 'Again', scopes: ['admin'] } });
    await call(s, 'POST', '/v1/admin/organisers', { token: t, body: { email: 'x@example.org', name: 'X', scopes: ['root'] } });
    await call(s, 'GET', '/v1/admin/organisers', { token: t });
    await call(s, 'GET', '/v1/admin/organisers', { token: 'sw_wrong' });
    await call(s, 'PATCH', `/v1/admin/organisers/${organiser.json.id}`, { token: t, body: { notify: 'digest' } });
    await call(s, 'PATCH', `/v1/admin/organisers/${nobody}`, { token: t, body: { notify: 'digest' } });
    const session = async () => {
      await call(s, 'POST', '/v1/console/sign-in', { body: { email: 'org@example.org' } });
      const { rows } = await s.store.query<{ text_body: string }>(`SELECT text_body FROM outbox WHERE kind = 'sign-in-link' ORDER BY created_at DESC LIMIT 1`);
      const token = /token=([A-Za-z0-9_-]+)/.exec(rows[0]?.text_body ?? '')?.[1] ?? '';
      const opened = await call(s, 'POST', '/v1/console/session', { body: { token } });
      await call(s, 'POST', '/v1/console/session', { body: { token } });
      const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return { read: { cookie }, write: { cookie, 'x-csrf-token': opened.json.csrfToken as string, origin: s.url } };
    };
    await call(s, 'POST', '/v1/console/sign-in', { body: { email: 'not an address' } });
    const phone = await session();
    await call(s, 'GET', '/v1/console/me', { headers: phone.read });
    await call(s, 'GET', '/v1/console/me');
    await call(s, 'PATCH', '/v1/console/me', { headers: phone.write, body: { language: 'cy' } });
    await call(s, 'PATCH', '/v1/console/me', { headers: { ...phone.write, 'x-csrf-token': 'forged' }, body: { language: 'cy' } });
    await call(s, 'GET', '/v1/admin/dashboard', { headers: phone.read });
    await call(s, 'GET', '/v1/admin/dashboard');
    const { signups } = (await call(s, 'GET', '/v1/admin/canvass-signups', { token: t })).json as { signups: { id: string; constituency: { code: string } }[] };
    const ours = signups.find((x) => x.constituency.code === LEWISHAM_EAST);
    await call(s, 'PUT', `/v1/admin/canvass-signups/${ours?.id ?? nobody}/attendance`, { headers: phone.write, body: { attended: true } });
    await call(s, 'PUT', `/v1/admin/canvass-signups/${nobody}/attendance`, { token: t, body: { attended: true } });
    await call(s, 'GET', '/v1/admin/audit-log?limit=2', { headers: phone.read });
    await call(s, 'GET', '/v1/admin/audit-log?cursor=bad', { token: t });
    await call(s, 'POST', '/v1/console/sign-out', { headers: phone.write });
    await call(s, 'POST', '/v1/console/sign-out', { headers: phone.write });
    const laptop = await session();
    await call(s, 'POST', '/v1/console/sign-out-everywhere', { headers: laptop.write });
    await call(s, 'POST', '/v1/console/sign-out-everywhere', { headers: laptop.write });
    await call(s, 'POST', `/v1/admin/organisers/${organiser.json.id}/disable`, { token: t });
    await call(s, 'POST', `/v1/admin/organisers/${nobody}/disable`, { token: t });

    // Rate limited (one write per IP on the second server).
    await call(limited, 'POST', '/v1/solidarity-messages', { ...o, body: message });
    await call(limited, 'POST', '/v1/solidarity-messages', { ...o, body: { ...message, message: 'again' } });

    const wrong = seen.flatMap((e) => problems(e).map((p) => `${e.what} → ${e.status}: ${p}`));
    expect(wrong).toEqual([]);
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    expect(operations.filter((id) => !seen.some((e) => e.route === id && e.status < 300)), 'operations never seen succeeding').toEqual([]);
    // Health has no error of its own to send.
    expect(operations.filter((id) => !id.startsWith('health') && !seen.some((e) => e.route === id && e.status >= 400)), 'operations never seen failing').toEqual([]);
    // The issue's cases: a repeated sign-up (200), a crafted cursor and the spaced email (400), a replay, a 429.
    expect(seen.filter((e) => e.route === 'createCanvassSignup').map((e) => e.status)).toEqual(expect.arrayContaining([200, 201, 409]));
    expect(seen.find((e) => e.what.includes('cursor='))?.status).toBe(400);
    expect(seen.find((e) => e.what.includes('%20x'))?.status).toBe(400);
    expect(seen.some((e) => e.headers.get('idempotent-replayed') === 'true')).toBe(true);
    expect(seen.find((e) => e.status === 429)?.headers.get('retry-after')).toBeTruthy();
  });
});
