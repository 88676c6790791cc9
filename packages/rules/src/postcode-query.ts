import { fix, parse, validOutcode } from 'postcode';

/**
 * What a supporter typed, understood as a full postcode, a sector (`SE13 6`), an outcode (`SE13`) or a BFPO number.
 * Pure parsing: whether the place exists is decided against the data in `postcode-lookup.ts`.
 */
export type PostcodeQuery =
  | { kind: 'postcode'; query: string; area: string; outcode: string; sector: string; unit: string }
  | {
      kind: 'sector';
      query: string;
      area: string;
      outcode: string;
      sector: string;
      /** Set when a postcode was typed with its unit half finished (`SE6 4A`): what was typed, read as its sector. */
      incomplete?: string;
    }
  | {
      kind: 'outcode';
      query: string;
      area: string;
      outcode: string;
      /** The same characters read as a sector when typed without a space (`SE13` → `SE1 3`). */
      asSector?: string;
    }
  | { kind: 'bfpo'; query: string }
  | { kind: 'invalid'; suggestion?: string };

/** Longer input is not a postcode; refuse it before any work. */
const MAX_INPUT_LENGTH = 40;

const areaOf = (outcode: string) => /^[A-Z]+/.exec(outcode)?.[0] ?? outcode;

/**
 * Punctuation that never changes which postcode was meant: a hyphen or dash between the halves (`SE6-4AA`), a full
 * stop at the end of a sentence (`SE6 4AA.`), a comma or quotes from a pasted address. Read as spaces, then trimmed.
 */
const HARMLESS = /[-\u2010-\u2015\u2212_./,;:'"\u2018\u2019\u201C\u201D()]+/g;

export function parsePostcodeQuery(raw: unknown): PostcodeQuery {
  if (typeof raw !== 'string' || raw.length > MAX_INPUT_LENGTH) return { kind: 'invalid' };
  const spaced = raw.toUpperCase().replace(HARMLESS, ' ').replace(/\s+/g, ' ').trim();
  const compact = spaced.replace(/ /g, '');
  if (compact === '') return { kind: 'invalid' };

  const bfpo = /^BFPO(\d{1,4})$/.exec(compact);
  if (bfpo) return { kind: 'bfpo', query: `BFPO ${bfpo[1]}` };

  const full = parse(compact);
  if (full.valid) {
    return {
      kind: 'postcode',
      query: full.postcode,
      area: full.area,
      outcode: full.outcode,
      sector: full.sector,
      unit: full.unit,
    };
  }

  // "SE13 6" (with a space the reading is unambiguous)
  const parts = spaced.split(' ');
  if (parts.length === 2 && validOutcode(parts[0] ?? '') && /^\d$/.test(parts[1] ?? '')) {
    const outcode = parts[0] ?? '';
    return { kind: 'sector', query: `${outcode} ${parts[1]}`, area: areaOf(outcode), outcode, sector: `${outcode} ${parts[1]}` };
  }
  if (parts.length === 1) {
    const lastDigit = /\d$/.test(compact) ? compact.slice(-1) : undefined;
    const head = compact.slice(0, -1);
    const sectorReading = lastDigit !== undefined && validOutcode(head) ? `${head} ${lastDigit}` : undefined;
    if (validOutcode(compact)) {
      return {
        kind: 'outcode',
        query: compact,
        area: areaOf(compact),
        outcode: compact,
        ...(sectorReading ? { asSector: sectorReading } : {}),
      };
    }
    // "SE136" → SE13 6
    if (sectorReading) return { kind: 'sector', query: sectorReading, area: areaOf(head), outcode: head, sector: sectorReading };
  }

  // "SE6 4A" or "SE64A": a postcode whose unit is half typed. Its sector is certain, so answer for the sector and
  // say why (`incomplete`), rather than call it "not a postcode".
  const half = /^([A-Z0-9]+?) ?(\d)([A-Z])$/.exec(parts.length <= 2 ? spaced : '');
  if (half && validOutcode(half[1] ?? '') && (parts.length === 1 || parts[0] === half[1])) {
    const outcode = half[1] ?? '';
    const sector = `${outcode} ${half[2]}`;
    return { kind: 'sector', query: sector, area: areaOf(outcode), outcode, sector, incomplete: `${sector}${half[3]}` };
  }

  // Common slips (O for 0, I for 1…): offer the fixed form, never apply it silently.
  const fixed = fix(spaced);
  const suggestion = fixed !== spaced && parse(fixed).valid ? parse(fixed).postcode : null;
  return suggestion ? { kind: 'invalid', suggestion } : { kind: 'invalid' };
}
