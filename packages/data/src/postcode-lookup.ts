import type { ConstituencySummary, Nation, PostcodeLookup, PostcodeMatch } from '@solidarity-widgets/contract';
import type { LatLon } from './geo.js';
import type { PostcodeIndex } from './postcode-index.js';
import { parsePostcodeQuery, type PostcodeQuery } from '@solidarity-widgets/rules/postcode-query';
import { overseasTerritoryOf } from '@solidarity-widgets/rules/territories';
import type { LookupResult, SeatShare } from './types.js';

export const POSTCODE_SOURCE_NAME = 'OS Code-Point Open 2023 placed on ONS July 2024 boundaries';
/**
 * The lookup places 2023 Code-Point Open postcodes on the constituencies in force from the July 2024 general
 * election; that is the date the answer is current to (postcodes created since 2023 are not in it).
 */
export const POSTCODE_SOURCE_CURRENT_TO = '2024-07-04';

const HINT = 'A UK postcode looks like SW1A 1AA (you can also type just the first half, like SW1A).';

/** Postcode areas that are not in any UK parliamentary constituency. */
type Territory = 'Jersey' | 'Guernsey' | 'Isle of Man' | 'BFPO';
const OUTSIDE: Partial<Record<string, Territory>> = {
  JE: 'Jersey',
  GY: 'Guernsey',
  IM: 'Isle of Man',
  BF: 'BFPO',
};

export interface PostcodeLookupDeps {
  index: PostcodeIndex;
  summaries: readonly ConstituencySummary[];
  attribution: readonly string[];
  dataCurrentTo: string;
}

export interface PostcodeLookupService {
  lookup(raw: string): LookupResult;
  /** Where a postcode, sector or outcode is (its sector's or outcode's centroid), when known. */
  locate(raw: string): LatLon | undefined;
}

export function createPostcodeLookup({ index, summaries, attribution, dataCurrentTo }: PostcodeLookupDeps): PostcodeLookupService {
  const gbSource = {
    name: POSTCODE_SOURCE_NAME,
    currentTo: POSTCODE_SOURCE_CURRENT_TO,
    attribution: attribution.filter((line) => /Code-Point|Postcode lookup boundaries/.test(line)).join(' '),
  };
  const niSource = {
    // The ONS Postcode Directory does list BT postcodes, but not under the Open Government Licence (Northern Ireland
    // postcodes carry Land & Property Services terms), so this package ships none.
    name: 'Northern Ireland postcodes are not available under an open licence: all 18 Northern Ireland constituencies (House of Commons Library)',
    currentTo: dataCurrentTo,
    attribution: attribution.filter((line) => /Parliamentary information/.test(line)).join(' '),
  };
  const niMatches: PostcodeMatch[] = summaries
    .filter((s) => s.nation === 'Northern Ireland')
    .map((constituency) => ({ constituency, share: null }));

  const toMatches = (shares: readonly SeatShare[]): PostcodeMatch[] =>
    shares.flatMap(([seat, share]) => {
      const constituency = summaries[seat];
      return constituency ? [{ constituency, share }] : [];
    });

  const found = (query: string, kind: PostcodeLookup['kind'], matches: PostcodeMatch[], uncertain: boolean): LookupResult => ({
    ok: true,
    value: {
      query,
      kind,
      nation: (matches[0]?.constituency.nation ?? 'England') satisfies Nation,
      uncertain,
      matches,
      source: gbSource,
    },
  });

  const notFound = (query: string, message: string, details: Record<string, unknown> = {}): LookupResult => ({
    ok: false,
    code: 'postcode_not_found',
    message,
    details: { query, ...details },
  });

  function lookup(raw: string): LookupResult {
    // Overseas territories first: several of their postcodes are not in the UK format at all.
    const overseas = typeof raw === 'string' ? overseasTerritoryOf(raw) : undefined;
    if (overseas) return outside(overseas.query, overseas.territory);
    const q = parsePostcodeQuery(raw);
    if (q.kind === 'invalid') {
      return {
        ok: false,
        code: 'postcode_invalid',
        message: q.suggestion
          ? `That doesn't look like a UK postcode. Did you mean ${q.suggestion}? ${HINT}`
          : `That doesn't look like a UK postcode. ${HINT}`,
        ...(q.suggestion ? { details: { suggestion: q.suggestion } } : {}),
      };
    }
    if (q.kind === 'bfpo') return outside(q.query, 'BFPO');
    const territory = OUTSIDE[q.area];
    if (territory) return outside(q.query, territory);

    if (q.area === 'BT') {
      // No openly licensed postcode data covers Northern Ireland: let the supporter choose among its 18 seats.
      return {
        ok: true,
        value: { query: q.query, kind: 'nation', nation: 'Northern Ireland', uncertain: true, matches: niMatches, source: niSource },
      };
    }

    switch (q.kind) {
      case 'postcode':
        return lookupFullPostcode(q);
      case 'sector': {
        const result = lookupSector(q.query, q.sector);
        // "SE6 4A": answered for its sector, saying what was typed so the caller can say why.
        return result.ok && q.incomplete !== undefined ? { ok: true, value: { ...result.value, incomplete: q.incomplete } } : result;
      }
      case 'outcode': {
        const outcode = index.outcode(q.outcode);
        if (outcode) return found(q.query, 'outcode', toMatches(outcode.shares), outcode.shares.length > 1);
        if (q.asSector && index.sector(q.asSector) !== undefined) return lookupSector(q.asSector, q.asSector);
        return notFound(q.query, `We couldn't find the postcode district ${q.query}. Check it, or type your full postcode.`);
      }
    }
  }

  function outside(query: string, territory: Territory | (string & {})): LookupResult {
    return {
      ok: false,
      code: 'postcode_outside_constituencies',
      message:
        territory === 'BFPO'
          ? `${query} is a British Forces Post Office address, which is not in a UK parliamentary constituency. ` +
            'Service voters register through the official register-to-vote service (https://www.gov.uk/register-to-vote).'
          : `${query} is in ${territory}, which is outside UK parliamentary constituencies. British citizens living ` +
            'there may be able to register as overseas electors through the official service ' +
            '(https://www.gov.uk/register-to-vote).',
      details: { territory, query },
    };
  }

  function lookupSector(query: string, name: string): LookupResult {
    const sector = index.sector(name);
    if (sector === undefined) {
      return notFound(query, `We couldn't find postcodes starting ${name}. Check it, or type your full postcode.`);
    }
    if (!index.isLocated(sector)) {
      // A few sectors hold only PO-box style postcodes with no grid reference in Code-Point Open.
      return notFound(query, `Postcodes starting ${name} exist, but our data has no location for them, so we can't tell their constituency.`);
    }
    const shares = index.sectorShares(sector);
    return found(query, 'sector', toMatches(shares), shares.length > 1);
  }

  function lookupFullPostcode(q: Extract<PostcodeQuery, { kind: 'postcode' }>): LookupResult {
    const sector = index.sector(q.sector);
    if (sector === undefined) {
      return notFound(q.query, `We couldn't find ${q.query}. Please check it for typos.`);
    }
    if (!index.unitExists(sector, q.unit)) {
      return notFound(
        q.query,
        `We couldn't find ${q.query}, although postcodes starting ${q.sector} exist. Please check it for typos, ` +
          `or search for ${q.sector} to see its constituencies.`,
        { sector: q.sector },
      );
    }
    if (!index.isLocated(sector)) {
      return notFound(q.query, `${q.query} exists but our data has no location for it, so we can't tell its constituency.`, {
        sector: q.sector,
      });
    }
    const seat = index.seatOfUnit(sector, q.unit);
    return found(q.query, 'postcode', toMatches([[seat, 1]]), index.isNearBoundary(sector, q.unit));
  }

  function locate(raw: string): LatLon | undefined {
    const q = parsePostcodeQuery(raw);
    if (q.kind === 'postcode' || q.kind === 'sector') {
      const sector = index.sector(q.sector);
      return sector === undefined ? undefined : index.sectorCentroid(sector);
    }
    if (q.kind === 'outcode') {
      const outcode = index.outcode(q.outcode);
      if (outcode) return outcode.centroid;
      const sector = q.asSector === undefined ? undefined : index.sector(q.asSector);
      return sector === undefined ? undefined : index.sectorCentroid(sector);
    }
    return undefined;
  }

  return { lookup, locate };
}
