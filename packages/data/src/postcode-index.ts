import type { LatLon } from './geo.js';
import type { GeneratedPostcodes, SeatShare } from './types.js';

const BITMAP_BYTES = 50;

/** Compare a 2-letter unit with the one at `pos` of a sorted string of concatenated units. */
function hasUnit(sortedUnits: string, unit: string): boolean {
  const key = unit.charCodeAt(0) * 256 + unit.charCodeAt(1);
  let lo = 0;
  let hi = sortedUnits.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = sortedUnits.charCodeAt(mid * 2) * 256 + sortedUnits.charCodeAt(mid * 2 + 1);
    if (k === key) return true;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export interface OutcodeEntry {
  centroid: LatLon;
  shares: readonly SeatShare[];
}

/**
 * The GB postcode data held in memory: ~11k sectors in typed arrays plus a bitmap of which units exist.
 * Seat numbers index the constituency list.
 */
export class PostcodeIndex {
  readonly #sectorByName: Map<string, number>;
  readonly #seat: Int16Array;
  readonly #exceptions: GeneratedPostcodes['exceptions'];
  readonly #near: string[];
  readonly #centroid: Float64Array;
  readonly #shares: GeneratedPostcodes['shares'];
  readonly #units: Uint8Array;
  readonly #letterIndex: Int8Array;
  readonly #outcodes: Map<string, OutcodeEntry>;

  constructor(data: GeneratedPostcodes, unitBitmaps: Uint8Array) {
    if (data.format !== 1) throw new Error(`Unsupported postcode data format ${String(data.format)}`);
    this.#sectorByName = new Map(data.sectors.map((name, i) => [name, i]));
    this.#seat = Int16Array.from(data.seat);
    this.#exceptions = data.exceptions;
    this.#near = data.near;
    this.#centroid = Float64Array.from(data.centroid, (v) => (v === null ? Number.NaN : v));
    this.#shares = data.shares;
    this.#units = unitBitmaps;
    if (unitBitmaps.length !== BITMAP_BYTES * data.sectors.length) throw new Error('Postcode unit bitmap has the wrong size');
    this.#letterIndex = new Int8Array(128).fill(-1);
    for (let i = 0; i < data.unitLetters.length; i++) this.#letterIndex[data.unitLetters.charCodeAt(i)] = i;
    this.#outcodes = new Map(
      Object.entries(data.outcodes).map(([outcode, [lat, lon, shares]]) => [outcode, { centroid: { lat, lon }, shares }]),
    );
  }

  /** Index of a sector (`SE13 6`) that exists in Code-Point Open, or undefined. */
  sector(name: string): number | undefined {
    return this.#sectorByName.get(name);
  }

  /** Whether the sector's postcodes were placed in a constituency (a few PO-box-only sectors have no location). */
  isLocated(sector: number): boolean {
    return (this.#seat[sector] ?? -1) >= 0;
  }

  unitExists(sector: number, unit: string): boolean {
    const a = this.#letterIndex[unit.charCodeAt(0)] ?? -1;
    const b = this.#letterIndex[unit.charCodeAt(1)] ?? -1;
    if (unit.length !== 2 || a < 0 || b < 0) return false;
    const bit = a * 20 + b;
    return ((this.#units[sector * BITMAP_BYTES + (bit >> 3)] ?? 0) & (1 << (bit & 7))) !== 0;
  }

  /** Seat of one postcode unit in a located sector. */
  seatOfUnit(sector: number, unit: string): number {
    const exceptions = this.#exceptions[sector];
    if (exceptions) {
      for (const [seat, units] of exceptions) if (hasUnit(units, unit)) return seat;
    }
    return this.#seat[sector] ?? -1;
  }

  /** The unit's centroid is within 100 m of a constituency boundary. */
  isNearBoundary(sector: number, unit: string): boolean {
    const near = this.#near[sector];
    return near !== undefined && near !== '' && hasUnit(near, unit);
  }

  /** Seats of a located sector with their share of its postcodes, largest first. */
  sectorShares(sector: number): readonly SeatShare[] {
    const shares = this.#shares[sector];
    return shares ? shares : [[this.#seat[sector] ?? -1, 1]];
  }

  sectorCentroid(sector: number): LatLon | undefined {
    const lat = this.#centroid[sector * 2] ?? Number.NaN;
    const lon = this.#centroid[sector * 2 + 1] ?? Number.NaN;
    return Number.isNaN(lat) || Number.isNaN(lon) ? undefined : { lat, lon };
  }

  outcode(outcode: string): OutcodeEntry | undefined {
    return this.#outcodes.get(outcode);
  }
}
