// Markdown tables of every route and error code, from the contract's route table.
import { routes, errorStatus, errorMeaning } from '@solidarity-widgets/contract';

export async function renderApiTables() {
  const routeRows = Object.entries(routes).map(([name, r]) => {
    const notes = [r.auth ? 'bearer token' : 'public', r.idempotencyKey ? '`Idempotency-Key`' : null].filter(Boolean).join(', ');
    const success = [r.status, ...(r.otherStatuses ?? []).map((o) => `${o.status} (${o.when})`)].join(', ');
    // Server faults (5xx, e.g. internal_error) apply to every route; the table lists the codes a request can cause.
    return `| \`${r.method} ${r.path}\` | \`${name}\` | ${r.summary} | ${success} | ${notes} | ${r.errors.map((e) => `\`${e}\``).join(' ') || '—'} |`;
  });
  const errorRows = Object.entries(errorStatus).map(([code, status]) => `| \`${code}\` | ${status} | ${errorMeaning[code]} |`);
  return [
    '### Routes',
    '',
    '| route | SDK / operationId | what | success | access | error codes |',
    '|---|---|---|---|---|---|',
    ...routeRows,
    '',
    '### Error codes',
    '',
    '| code | HTTP status | meaning |',
    '|---|---|---|',
    ...errorRows,
  ].join('\n');
}
