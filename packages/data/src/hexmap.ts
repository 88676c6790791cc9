import { readFileSync } from 'node:fs';

export interface HexLayout {
  layout: 'odd-r';
  /** Column (q) and row (r) of each constituency's hex, keyed by GSS code. */
  hexes: Readonly<Record<string, { readonly q: number; readonly r: number }>>;
}

let cached: HexLayout | undefined;

/** The Open Innovations hex map of the 650 constituencies (MIT licence; see the attribution). Memoised. */
export function hexLayout(): HexLayout {
  cached ??= Object.freeze(
    JSON.parse(readFileSync(new URL('../generated/hexmap.json', import.meta.url), 'utf8')) as HexLayout,
  );
  return cached;
}
