import { readFileSync } from 'node:fs';
import { buildConstituencies } from './constituencies.js';
import { createNearbyMarginals } from './nearby.js';
import { PostcodeIndex } from './postcode-index.js';
import { createPostcodeLookup } from './postcode-lookup.js';
import { createPartyTargets } from './targets.js';
import type { ElectoralData, GeneratedConstituencies, GeneratedPostcodes } from './types.js';

const readGenerated = <T>(name: string): T => {
  const url = new URL(`../generated/${name}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (error) {
    throw new Error(
      `@solidarity-widgets/data: cannot read ${url.pathname}; run \`npm run build -w packages/data\` to generate it.`,
      { cause: error },
    );
  }
};

let cached: ElectoralData | undefined;

/**
 * The electoral data and postcode lookup, read from the compact files shipped in the package (no network).
 * Synchronous and memoised: the first call reads ~2 MB of JSON, later calls return the same object.
 */
export function loadElectoralData(): ElectoralData {
  cached ??= createElectoralData();
  return cached;
}

function createElectoralData(): ElectoralData {
  const generated = readGenerated<GeneratedConstituencies>('constituencies.json');
  const seats = buildConstituencies(generated);
  const postcodes = readGenerated<GeneratedPostcodes>('postcodes.json');
  const bitmaps = Buffer.from(postcodes.units, 'base64');
  const index = new PostcodeIndex(postcodes, new Uint8Array(bitmaps.buffer, bitmaps.byteOffset, bitmaps.byteLength));
  const attribution = Object.freeze([...generated.attribution]);
  const { lookup, locate } = createPostcodeLookup({
    index,
    summaries: seats.summaries,
    attribution,
    dataCurrentTo: generated.dataCurrentTo,
  });
  const nearbyMarginals = createNearbyMarginals({
    summaries: seats.summaries,
    centroids: seats.all.map((c) => c.centroid),
    byCode: seats.byCode,
    locate,
  });
  return Object.freeze({
    dataCurrentTo: generated.dataCurrentTo,
    attribution,
    constituencies: seats.all,
    getConstituency(code: string) {
      const i = seats.byCode.get(code);
      return i === undefined ? undefined : seats.all[i];
    },
    listConstituencies: seats.list,
    lookupPostcode: lookup,
    nearbyMarginals,
    partyTargets: createPartyTargets({ all: seats.all, summaries: seats.summaries, byCode: seats.byCode, locate }),
  });
}
