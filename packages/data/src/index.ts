export { loadElectoralData } from './load.js';
export type {
  ElectoralData,
  ListConstituenciesQuery,
  LookupResult,
  NearbyMarginalsOptions,
} from './types.js';
export { marginalityOf } from './constituencies.js';
export { distanceKm } from './geo.js';
export { hexLayout, type HexLayout } from './hexmap.js';
export { POSTCODE_SOURCE_CURRENT_TO, POSTCODE_SOURCE_NAME } from './postcode-lookup.js';
export * from './rules.js';
