import type { ConstituencySummary, PostcodeLookup } from '@solidarity-widgets/contract';
import type { DataSource, LookupResult } from '../data.js';

/** A full UK postcode as the offline lookup normalises it (`SW1A 0AA`). */
const FULL_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;

export interface UpstreamOptions {
  /** postcodes.io-compatible base URL, e.g. `https://api.postcodes.io`. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** For tests. */
  readonly fetch?: typeof fetch;
}

export const upstreamSourceName = (baseUrl: string): string => `Postcode provider at ${new URL(baseUrl).host} (postcodes.io-compatible)`;

/** The normalised full postcode the upstream should be asked about, or undefined when the offline answer stands. */
export function needsUpstream(result: LookupResult): string | undefined {
  if (result.ok) {
    const { kind, query, uncertain } = result.value;
    // Known postcodes near a boundary, and Northern Ireland (no open postcode file: the offline answer lists every seat).
    return (kind === 'postcode' || kind === 'nation') && uncertain && FULL_POSTCODE.test(query) ? query : undefined;
  }
  if (result.code !== 'postcode_not_found') return undefined;
  const query = result.details?.['query'];
  return typeof query === 'string' && FULL_POSTCODE.test(query) ? query : undefined;
}

/** The parts of a postcodes.io `GET /postcodes/{postcode}` answer we use. */
interface UpstreamBody {
  status?: unknown;
  result?: { postcode?: unknown; parliamentary_constituency_2024?: unknown; codes?: { parliamentary_constituency_2024?: unknown } } | null;
}

/**
 * Asks the upstream about one full postcode. Resolves to its 2024 constituency, or undefined on any failure:
 * network error, timeout, non-200, unreadable body, or a constituency code (or name) we do not know.
 */
async function askUpstream(options: UpstreamOptions, postcode: string, byName: (name: string) => ConstituencySummary | undefined, byCode: (code: string) => ConstituencySummary | undefined): Promise<ConstituencySummary | undefined> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/postcodes/${encodeURIComponent(postcode)}`;
  try {
    const res = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: 'application/json' } });
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      return undefined;
    }
    const body = (await res.json()) as UpstreamBody;
    const result = body.result;
    if (!result || typeof result !== 'object') return undefined;
    const code = result.codes?.parliamentary_constituency_2024;
    if (typeof code === 'string' && byCode(code)) return byCode(code);
    // postcodes.io puts the GSS code under `codes` and the name at the top level; accept a code at the top level too.
    const top = result.parliamentary_constituency_2024;
    if (typeof top === 'string') return byCode(top) ?? byName(top);
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps the offline lookup with an optional postcodes.io-compatible provider, used only for full postcodes the
 * offline data does not know or flags uncertain. Any failure or a slow answer falls back to the offline result;
 * `source.name` says which answered.
 */
export function upstreamLookup(data: DataSource, options: UpstreamOptions): (raw: string) => Promise<LookupResult> {
  let summaries: Map<string, ConstituencySummary> | undefined;
  let names: Map<string, ConstituencySummary> | undefined;
  const index = () => {
    if (!summaries || !names) {
      const all = data.listConstituencies({});
      summaries = new Map(all.map((s) => [s.code, s]));
      names = new Map(all.map((s) => [s.name.toLowerCase(), s]));
    }
    return { summaries, names };
  };
  const byCode = (code: string) => index().summaries.get(code.trim().toUpperCase());
  const byName = (name: string) => index().names.get(name.trim().toLowerCase());
  const sourceName = upstreamSourceName(options.baseUrl);

  return async (raw) => {
    const offline = data.lookupPostcode(raw);
    const postcode = needsUpstream(offline);
    if (postcode === undefined) return offline;
    const seat = await askUpstream(options, postcode, byName, byCode);
    if (!seat) return offline;
    const value: PostcodeLookup = {
      query: postcode,
      kind: 'postcode',
      nation: seat.nation,
      uncertain: false,
      matches: [{ constituency: seat, share: 1 }],
      source: {
        name: sourceName,
        currentTo: new Date().toISOString().slice(0, 10),
        attribution:
          'Postcode placed by the configured provider (postcodes.io-compatible; postcodes.io uses the ONS Postcode Directory: ' +
          'Contains OS data © Crown copyright and database right; Contains Royal Mail data © Royal Mail copyright and database right; ' +
          'Source: Office for National Statistics licensed under the Open Government Licence v3.0).',
      },
    };
    return { ok: true, value };
  };
}
