import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { inert, inertKeepingLines } from '../services/inert.js';
import { createToken, parseScope } from '../services/tokens.js';
import { openStore } from '../store/open.js';
import { runningPid } from './lock.js';

const HELP = `Usage: npm run admin -- <command> [options]   (installed from npm: npx solidarity-admin <command> [options])

Output goes to stdout, so you can redirect it; use "npm run --silent admin -- …" (or --out where offered) so
npm's own "> node …" banner does not end up in the file.

Most commands talk to the RUNNING server over HTTP: API_URL, else http://127.0.0.1:<PORT> (PORT as for the
server, default 8787; HOST too when set to one address), with the token in <DATA_DIR>/admin-token (DATA_DIR
default ./.data; ADMIN_TOKEN overrides the file). They go through the server because the embedded database
(PGlite) can only be opened by one process at a time.

Commands
  queue [--status pending|approved|rejected] [--json]   messages awaiting moderation
  approve <id>                                          publish a message on the wall
  reject <id> [--reason "…"]                            reject a message (the text is never edited)
  export-signups [--out file.csv]                       sign-ups as CSV (to stdout without --out;
                                                        use: npm run --silent admin -- export-signups > file.csv)
  erase <email>                                         delete a person's sign-ups, messages and introductions
  erase-message <id>                                    delete one message (any status), e.g. one sent without an email
  purge                                                 delete now the messages rejected over 30 days ago (the
                                                        server also does this on its own every 10 minutes)
  introductions [--status new|contacted|closed] [--listing pending|approved|rejected|not_requested] [--json]
                                                        organisations asking to be introduced (your constituencies)
  introduction-status <id> <new|contacted|closed>       mark an introduction handled
  approve-listing <id> / reject-listing <id> [--reason "…"]
                                                        decide an organisation's public directory listing
  export-introductions [--out file.csv]                 introductions as CSV
  set-local-contact --constituency E14… --name … --email … [--website https://…] [--meeting-point …] [--languages en,pl]
                                                        the public "Get involved locally" contact of a seat
  party-change add --constituency E14… --party Reform [--party-name "…"] --date 2026-11-20 --source https://… [--note "…"]
                                                        record an MP's party change (admin tokens): shown at once
  party-change list [--json]                            the recorded changes, who added them and when
  party-change remove <id>                              remove a change recorded by mistake
  reports [--json]                                      supporters' reports of problems with finder answers
                                                        (your seats, your partner pages, or all for admin tokens)
  sessions [--json]                                     your canvassing sessions (cancelled ones too)
  signups [--session <id>] [--json]                     your sign-ups, or one session's
  cancel-session <id>                                   cancel a session (sign-ups are kept)
  create-session --constituency E14… --title … --starts 2026-12-05T10:00:00Z --ends … \\
      --meeting-point … --organiser … --contact … --capacity 20 [--accessibility …]
  organiser add --email … --name … --scope <scope> [--scope …] [--language <tag>] [--notify immediate|digest|off]
                                                        let someone sign in to the console (admin tokens); they get
                                                        a one-time link by email when they ask at /console;
                                                        --language: a widget language (en, cy, pl, … zh-Hans)
  organiser list [--json]                               everyone who can sign in, with scopes (admin tokens)
  organiser disable <id or email>                       end their sessions at once; they can no longer sign in
  create-token --scope <scope> [--scope …] --label <text>
      Scopes: admin | partner:<slug> | constituency:<GSS code>. Prints the token once; only its hash is kept.
      Opens the database DIRECTLY (DATABASE_URL, or PGlite in DATA_DIR): with PGlite, stop the server first.
  help
`;

class CliError extends Error {}

/**
 * Where the running server is: `API_URL`; else the server's own `PORT` (and `HOST`, unless it listens on every
 * interface) from the same environment, so `PORT=8811 npm start` and `PORT=8811 npm run admin -- queue` meet;
 * else `http://127.0.0.1:8787`.
 */
export function apiUrlFromEnv(env: NodeJS.ProcessEnv): string {
  const explicit = env['API_URL']?.trim();
  if (explicit) return explicit;
  const portRaw = env['PORT']?.trim() || '8787';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError(`PORT must be 1–65535 for the admin CLI, got "${portRaw}" (or set API_URL).`);
  const host = env['HOST']?.trim();
  const reachable = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachable}:${port}`;
}

function adminToken(dataDir: string): string {
  const fromEnv = process.env['ADMIN_TOKEN'];
  if (fromEnv) return fromEnv.trim();
  const file = join(dataDir, 'admin-token');
  if (!existsSync(file)) throw new CliError(`No admin token at ${file}. Start the server once (npm start) to create it, or set ADMIN_TOKEN.`);
  return readFileSync(file, 'utf8').trim();
}

interface Http {
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

function http(apiUrl: string, token: string): Http {
  return {
    async call(method, path, body) {
      let res: Response;
      try {
        res = await fetch(`${apiUrl.replace(/\/+$/, '')}${path}`, {
          method,
          headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch {
        throw new CliError(`Cannot reach the server at ${apiUrl}. Start it with "npm start" (or set API_URL).`);
      }
      if (!res.ok) {
        let detail = `${res.status}`;
        try {
          const json = (await res.json()) as { error?: { code?: string; message?: string; details?: { fields?: { field: string; message: string }[] } } };
          detail = line`${json.error?.code ?? res.status}: ${json.error?.message ?? ''}`;
          for (const f of json.error?.details?.fields ?? []) detail += line`\n  ${f.field}: ${f.message}`;
        } catch {
          // not JSON
        }
        throw new CliError(`The server refused: ${detail}`);
      }
      return res;
    },
  };
}

/**
 * A line of output: every interpolated value (text people typed, or anything the server sent) is made inert, so
 * control characters and bidi overrides are shown as `\u001b`-style text and never act on the terminal (issue 11).
 */
function line(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? inert(String(values[i])) : ''), '');
}

/** Multi-line text on one line: runs of spaces and line breaks become one space; everything else unsafe shows. */
const oneLine = (text: string): string => text.replace(/(?:\r\n|[\n ])+/g, ' ');

/** `--json` output: JSON.stringify already escapes C0 controls; DEL, C1 and bidi characters become `\uXXXX` too. */
const json = (body: unknown): string => `${inertKeepingLines(JSON.stringify(body, null, 2))}\n`;

const one = (positionals: string[], what: string): string => {
  const value = positionals[1];
  if (!value) throw new CliError(`Missing ${what}. See: npm run admin -- help`);
  return value;
};

export async function runAdmin(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t)): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      status: { type: 'string' },
      session: { type: 'string' },
      json: { type: 'boolean' },
      reason: { type: 'string' },
      out: { type: 'string' },
      scope: { type: 'string', multiple: true },
      label: { type: 'string' },
      constituency: { type: 'string' },
      title: { type: 'string' },
      starts: { type: 'string' },
      ends: { type: 'string' },
      'meeting-point': { type: 'string' },
      organiser: { type: 'string' },
      contact: { type: 'string' },
      capacity: { type: 'string' },
      accessibility: { type: 'string' },
      listing: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      website: { type: 'string' },
      languages: { type: 'string' },
      party: { type: 'string' },
      'party-name': { type: 'string' },
      date: { type: 'string' },
      source: { type: 'string' },
      note: { type: 'string' },
      language: { type: 'string' },
      notify: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'help';
  const dataDir = resolve(process.env['DATA_DIR'] ?? join(process.cwd(), '.data'));
  const apiUrl = apiUrlFromEnv(process.env);
  const api = () => http(`${apiUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1`, adminToken(dataDir));
  // CSV exports hold personal data: a file is written owner-only (0600); without --out it goes to stdout.
  const exportCsv = async (path: string): Promise<void> => {
    // The server makes cells inert already (services/csv.ts); doing it again here also covers an older server.
    const csv = Buffer.from(await (await api().call('GET', path)).arrayBuffer());
    if (values.out) {
      writeFileSync(values.out, inertKeepingLines(csv.toString('utf8')), { mode: 0o600 });
      process.stderr.write(`Wrote ${values.out}\n`);
    } else {
      out(inertKeepingLines(csv.toString('utf8')));
    }
  };

  if (values.help || command === 'help') {
    out(HELP);
    return;
  }
  switch (command) {
    case 'queue': {
      const status = values.status ?? 'pending';
      const res = await api().call('GET', `/admin/solidarity-messages?status=${encodeURIComponent(status)}`);
      const body = (await res.json()) as { messages: { id: string; name: string; organisation: string | null; country: string; partner: string | null; createdAt: string; message: string; sentQuickly?: boolean }[] };
      if (values.json) {
        out(json(body));
        return;
      }
      if (body.messages.length === 0) out(line`No ${status} messages.\n`);
      for (const m of body.messages) {
        out(line`${m.id}  ${m.createdAt}  ${m.partner ?? '(no partner)'}  ${m.country}${m.sentQuickly ? '  (sent quickly: check it is not automated)' : ''}\n  ${m.name}${m.organisation ? `, ${m.organisation}` : ''}: ${oneLine(m.message)}\n\n`);
      }
      return;
    }
    case 'approve':
    case 'reject': {
      const id = one(positionals, 'message id');
      const decision = command === 'approve' ? { decision: 'approve' } : { decision: 'reject', ...(values.reason ? { reason: values.reason } : {}) };
      const res = await api().call('POST', `/admin/solidarity-messages/${encodeURIComponent(id)}/decision`, decision);
      const body = (await res.json()) as { id: string; status: string };
      out(line`${body.id}: ${body.status}\n`);
      return;
    }
    case 'export-signups':
      return exportCsv('/admin/canvass-signups.csv');
    case 'erase': {
      const email = one(positionals, 'email address');
      const res = await api().call('DELETE', `/admin/people?email=${encodeURIComponent(email)}`);
      const body = (await res.json()) as { erased: { canvassSignups: number; solidarityMessages: number; introductions?: number; pledges?: number } };
      out(`Erased ${body.erased.canvassSignups} sign-up(s), ${body.erased.solidarityMessages} message(s), ${body.erased.introductions ?? 0} introduction(s) and ${body.erased.pledges ?? 0} pledge(s).\n`);
      return;
    }
    case 'erase-message': {
      const id = one(positionals, 'message id');
      const res = await api().call('DELETE', `/admin/solidarity-messages/${encodeURIComponent(id)}`);
      const body = (await res.json()) as { erased: { solidarityMessages: number } };
      out(line`Erased ${body.erased.solidarityMessages} message(s).\n`);
      return;
    }
    case 'purge': {
      const res = await api().call('POST', '/admin/solidarity-messages/purge');
      const body = (await res.json()) as { purged: { solidarityMessages: number }; retentionDays: number };
      out(line`Purged ${body.purged.solidarityMessages} message(s) rejected more than ${body.retentionDays} days ago.\n`);
      return;
    }
    case 'introductions': {
      const query = new URLSearchParams();
      if (values.status) query.set('status', values.status);
      if (values.listing) query.set('listing', values.listing);
      const res = await api().call('GET', `/admin/introductions${query.size ? `?${query}` : ''}`);
      const body = (await res.json()) as {
        introductions: {
          id: string; createdAt: string; status: string; listing: string; organisation: string; organisationType: string; contactName: string;
          email: string; offers: string[]; languages: string[]; constituencies: { name: string }[]; message: string | null;
        }[];
      };
      if (values.json) {
        out(json(body));
        return;
      }
      if (body.introductions.length === 0) out('No introductions.\n');
      for (const i of body.introductions) {
        out(
          line`${i.id}  ${i.createdAt}  ${i.status.padEnd(9)}  listing: ${i.listing}\n  ${i.organisation} (${i.organisationType}) — ${i.constituencies.map((c) => c.name).join(', ')}\n` +
            line`  ${i.contactName} <${i.email}>  offers: ${i.offers.join(', ') || '—'}  languages: ${i.languages.join(' ') || '—'}\n` +
            (i.message ? line`  ${oneLine(i.message)}\n` : '') +
            '\n',
        );
      }
      return;
    }
    case 'introduction-status': {
      const id = one(positionals, 'introduction id');
      const status = positionals[2];
      if (status !== 'new' && status !== 'contacted' && status !== 'closed') throw new CliError('Give the new status: new, contacted or closed.');
      const res = await api().call('PATCH', `/admin/introductions/${encodeURIComponent(id)}`, { status });
      const body = (await res.json()) as { id: string; status: string; organisation: string };
      out(line`${body.id}: ${body.status} (${body.organisation})\n`);
      return;
    }
    case 'approve-listing':
    case 'reject-listing': {
      const id = one(positionals, 'introduction id');
      const decision = command === 'approve-listing' ? { decision: 'approve' } : { decision: 'reject', ...(values.reason ? { reason: values.reason } : {}) };
      const res = await api().call('POST', `/admin/introductions/${encodeURIComponent(id)}/decision`, decision);
      const body = (await res.json()) as { id: string; listing: string; organisation: string };
      out(line`${body.id}: listing ${body.listing} (${body.organisation})\n`);
      return;
    }
    case 'export-introductions':
      return exportCsv('/admin/introductions.csv');
    case 'set-local-contact': {
      const need = (name: 'constituency' | 'name' | 'email'): string => {
        const v = values[name];
        if (typeof v !== 'string' || v === '') throw new CliError(`Missing --${name}. See: npm run admin -- help`);
        return v;
      };
      const code = need('constituency');
      const res = await api().call('PUT', `/admin/constituencies/${encodeURIComponent(code)}/local-contact`, {
        name: need('name'),
        email: need('email'),
        languages: (values.languages ?? '').split(/[,\s]+/).filter(Boolean),
        ...(values.website ? { website: values.website } : {}),
        ...(values['meeting-point'] ? { meetingPlace: values['meeting-point'] } : {}),
      });
      const body = (await res.json()) as { constituency: { name: string }; name: string };
      out(line`Local contact for ${body.constituency.name}: ${body.name}\n`);
      return;
    }
    case 'party-change': {
      const action = positionals[1];
      type Change = { id: string; constituency: { code: string; name: string }; party: string; partyName: string; date: string; source: string; note: string | null; addedBy: string; addedAt: string; applied: boolean };
      const describe = (c: Change) =>
        line`${c.id}  ${c.date}  ${c.constituency.name} (${c.constituency.code}): ${c.partyName} (${c.party})${c.applied ? '' : '  [superseded]'}\n` +
        line`  source: ${c.source}\n` +
        (c.note ? line`  note: ${oneLine(c.note)}\n` : '') +
        line`  added by ${c.addedBy} at ${c.addedAt}\n`;
      if (action === 'add') {
        const need = (name: 'constituency' | 'party' | 'date' | 'source'): string => {
          const v = values[name];
          if (typeof v !== 'string' || v === '') throw new CliError(`Missing --${name}. See: npm run admin -- help`);
          return v;
        };
        const res = await api().call('POST', '/admin/party-changes', {
          constituency: need('constituency'),
          party: need('party'),
          date: need('date'),
          source: need('source'),
          ...(values['party-name'] ? { partyName: values['party-name'] } : {}),
          ...(values.note ? { note: values.note } : {}),
        });
        const body = (await res.json()) as Change;
        out(line`Recorded: ${body.constituency.name}'s MP sits for ${body.partyName} from ${body.date}${body.applied ? '' : ' (superseded by a later change, so not shown)'}.\n` + describe(body));
        return;
      }
      if (action === 'list') {
        const body = (await (await api().call('GET', '/admin/party-changes')).json()) as { changes: Change[] };
        if (values.json) {
          out(json(body));
          return;
        }
        if (body.changes.length === 0) out('No party changes recorded since the data release.\n');
        for (const c of body.changes) out(`${describe(c)}\n`);
        return;
      }
      if (action === 'remove') {
        const id = positionals[2];
        if (!id) throw new CliError('Missing the change id (see: npm run admin -- party-change list).');
        const body = (await (await api().call('DELETE', `/admin/party-changes/${encodeURIComponent(id)}`)).json()) as { removed: Change };
        out(line`Removed: ${body.removed.constituency.name}, ${body.removed.partyName} from ${body.removed.date}.\n`);
        return;
      }
      throw new CliError('Use: party-change add|list|remove. See: npm run admin -- help');
    }
    case 'reports': {
      const body = (await (await api().call('GET', '/admin/answer-reports')).json()) as {
        reports: { id: string; receivedAt: string; postcodeArea: string | null; constituency: { name: string } | null; answer: string; message: string; partner: string | null; language: string | null }[];
      };
      if (values.json) {
        out(json(body));
        return;
      }
      if (body.reports.length === 0) out('No reports.\n');
      for (const r of body.reports) {
        out(
          line`${r.id}  ${r.receivedAt}  ${r.postcodeArea ?? '(no postcode)'}  ${r.constituency?.name ?? '(no seat)'}  ${r.partner ?? '(no partner)'}  ${r.language ?? ''}\n` +
            line`  answer shown: ${oneLine(r.answer)}\n  problem: ${oneLine(r.message)}\n\n`,
        );
      }
      return;
    }
    case 'sessions': {
      const res = await api().call('GET', '/admin/canvass-sessions');
      const body = (await res.json()) as {
        sessions: { id: string; title: string; startsAt: string; constituency: { name: string }; capacity: number; placesLeft: number; status: string }[];
      };
      if (values.json) {
        out(json(body));
        return;
      }
      if (body.sessions.length === 0) out('No sessions.\n');
      for (const s of body.sessions) {
        out(line`${s.id}  ${s.startsAt}  ${s.status.padEnd(9)}  ${s.capacity - s.placesLeft}/${s.capacity} confirmed  ${s.constituency.name}: ${s.title}\n`);
      }
      return;
    }
    case 'signups': {
      const query = values.session ? `?session=${encodeURIComponent(values.session)}` : '';
      const res = await api().call('GET', `/admin/canvass-signups${query}`);
      const body = (await res.json()) as {
        signups: { id: string; sessionId: string; sessionTitle: string; name: string; email: string; status: string; languages: string[]; firstTime: boolean }[];
      };
      if (values.json) {
        out(json(body));
        return;
      }
      if (body.signups.length === 0) out('No sign-ups.\n');
      for (const u of body.signups) {
        out(line`${u.id}  ${u.status.padEnd(10)}  ${u.name} <${u.email}>  ${u.languages.join(' ')}${u.firstTime ? '  (first time)' : ''}  — ${u.sessionTitle}\n`);
      }
      return;
    }
    case 'cancel-session': {
      const id = one(positionals, 'session id');
      const res = await api().call('POST', `/admin/canvass-sessions/${encodeURIComponent(id)}/cancel`);
      const body = (await res.json()) as { id: string; title: string; status: string };
      out(line`${body.id}: ${body.status} (${body.title})\n`);
      return;
    }
    case 'create-session': {
      const need = (name: keyof typeof values): string => {
        const v = values[name];
        if (typeof v !== 'string' || v === '') throw new CliError(`Missing --${name}. See: npm run admin -- help`);
        return v;
      };
      const res = await api().call('POST', '/admin/canvass-sessions', {
        constituencyCode: need('constituency'),
        title: need('title'),
        startsAt: need('starts'),
        endsAt: need('ends'),
        meetingPoint: need('meeting-point'),
        organiserName: need('organiser'),
        organiserContact: need('contact'),
        capacity: Number(need('capacity')),
        ...(values.accessibility ? { accessibility: values.accessibility } : {}),
      });
      const body = (await res.json()) as { id: string; title: string };
      out(line`Created session ${body.id}: ${body.title}\n`);
      return;
    }
    case 'organiser': {
      type Row = { id: string; email: string; name: string; role: string; scopes: string[]; notify: string; language: string; disabledAt: string | null; lastSignInAt: string | null };
      const sub = positionals[1];
      if (sub === 'add') {
        const scopes = values.scope ?? [];
        if (!values.email || !values.name || scopes.length === 0) throw new CliError('Use: organiser add --email … --name … --scope <scope> [--scope …]');
        const res = await api().call('POST', '/admin/organisers', {
          email: values.email,
          name: values.name,
          scopes,
          ...(values.language ? { language: values.language } : {}),
          ...(values.notify ? { notify: values.notify } : {}),
        });
        const o = (await res.json()) as Row;
        out(line`Added ${o.name} <${o.email}> (${o.role}: ${o.scopes.join(', ')}), id ${o.id}. They sign in at /console with a link sent to that address.\n`);
        return;
      }
      if (sub === 'list') {
        const body = (await (await api().call('GET', '/admin/organisers')).json()) as { organisers: Row[] };
        if (values.json) {
          out(json(body));
          return;
        }
        if (body.organisers.length === 0) out('No organisers.\n');
        for (const o of body.organisers) {
          out(line`${o.id}  ${o.disabledAt ? 'disabled ' : o.role.padEnd(9)}  ${o.name} <${o.email}>  ${o.scopes.join(' ')}  ${o.language}  notify ${o.notify}  last sign-in ${o.lastSignInAt ?? 'never'}\n`);
        }
        return;
      }
      if (sub === 'disable') {
        const who = positionals[2];
        if (!who) throw new CliError('Use: organiser disable <id or email>');
        let id = who;
        if (who.includes('@')) {
          const body = (await (await api().call('GET', '/admin/organisers')).json()) as { organisers: Row[] };
          const found = body.organisers.find((o) => o.email === who.toLowerCase());
          if (!found) throw new CliError(line`No organiser has the address ${who}.`);
          id = found.id;
        }
        const o = (await (await api().call('POST', `/admin/organisers/${encodeURIComponent(id)}/disable`)).json()) as Row;
        out(line`Disabled ${o.name} <${o.email}>: their console sessions have ended.\n`);
        return;
      }
      throw new CliError('Use: organiser add|list|disable. See: npm run admin -- help');
    }
    case 'create-token': {
      const scopes = values.scope ?? [];
      if (scopes.length === 0) throw new CliError('Give at least one --scope (admin, partner:<slug> or constituency:<code>).');
      for (const s of scopes) if (!parseScope(s)) throw new CliError(`Not a scope: "${s}". Use admin, partner:<slug> or constituency:<code, e.g. E14001331>.`);
      const label = values.label ?? scopes.join(' ');
      const databaseUrl = process.env['DATABASE_URL'] || undefined;
      if (!databaseUrl) {
        const pid = runningPid(dataDir);
        if (pid !== undefined) {
          throw new CliError(
            `The server (pid ${pid}) has the embedded database in ${dataDir} open, and PGlite can only be opened by one process. Stop the server, run create-token, then start it again.`,
          );
        }
      }
      const store = await openStore({ databaseUrl, dataDir });
      try {
        const created = await createToken(store, label, scopes);
        out(line`Token for "${created.label}" (${created.scopes.join(', ')}). Shown once; only its hash is stored:\n${created.token}\n`);
      } finally {
        await store.close();
      }
      return;
    }
    default:
      throw new CliError(`Unknown command "${command}".\n\n${HELP}`);
  }
}

/** The command line (`npm run admin --`, the `solidarity-admin` bin): arguments from `process.argv`. */
export function runAdminCli(): void {
  runAdmin(process.argv.slice(2)).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) runAdminCli();
