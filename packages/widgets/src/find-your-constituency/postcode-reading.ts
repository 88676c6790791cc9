import { parsePostcodeQuery } from '@solidarity-widgets/rules/postcode-query';
import { overseasTerritoryOf } from '@solidarity-widgets/rules/territories';
import { parse } from 'postcode';

/**
 * What the API can answer (a full postcode, a sector such as `SE13 6`, an outcode such as `SE13`, or BFPO),
 * normalised; anything else is refused here without a request. The server has the final word.
 */
export function normalisePostcode(raw: string): { ok: true; query: string; incomplete?: string } | { ok: false; suggestion?: string } {
  // The same reading as the server's (packages/rules/src/postcode-query.ts): harmless punctuation ignored, a half-typed
  // unit read as its sector, common slips offered as a suggestion and never applied silently.
  // Overseas territories (FIQQ 1ZZ, GX11 1AA…): the server answers where they are, never "not a UK postcode".
  const territory = overseasTerritoryOf(raw.trim().toUpperCase().replace(/\s+/g, ' '));
  if (territory) return { ok: true, query: territory.query };
  const q = parsePostcodeQuery(raw);
  if (q.kind === 'invalid') return q.suggestion ? { ok: false, suggestion: q.suggestion } : { ok: false };
  if (q.kind === 'sector' && q.incomplete !== undefined) return { ok: true, query: q.query, incomplete: q.incomplete };
  return { ok: true, query: q.query };
}

/** The sector of a full postcode (`SE6 4AA` → `SE6 4`); a sector, outcode or BFPO number as it is. */
export function postcodeArea(query: string): string {
  const full = parse(query);
  return full.valid ? full.sector : query;
}
