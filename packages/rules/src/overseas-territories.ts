/**
 * Postcodes of British Overseas Territories. They look like UK postcodes (some are not even in the UK format, such as
 * FIQQ 1ZZ), but no UK parliamentary constituency covers them: answer them as Jersey and Guernsey are answered
 * (`postcode_outside_constituencies` with the territory's name), never "check for typos" or "not a UK postcode".
 * Source: Royal Mail's overseas-territory postcodes as listed at
 * https://en.wikipedia.org/wiki/Postcodes_in_the_United_Kingdom#Overseas_territories (checked 2026-11-29).
 * Bermuda's codes (e.g. `HM 12`, `SN 01`) are left out on purpose: they clash with UK outcodes (SN12 is Melksham).
 */
const SINGLE: Readonly<Record<string, string>> = {
  'GX11 1AA': 'Gibraltar',
  'FIQQ 1ZZ': 'the Falkland Islands',
  'STHL 1ZZ': 'St Helena',
  'ASCN 1ZZ': 'Ascension Island',
  'TDCU 1ZZ': 'Tristan da Cunha',
  'SIQQ 1ZZ': 'South Georgia and the South Sandwich Islands',
  'BIQQ 1ZZ': 'the British Antarctic Territory',
  'BBND 1ZZ': 'the British Indian Ocean Territory',
  'PCRN 1ZZ': 'the Pitcairn Islands',
  'TKCA 1ZZ': 'the Turks and Caicos Islands',
};

/** Territories with a numbered scheme of their own; each pattern cannot be a UK postcode (four digits, or no UK area). */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/^KY[123][- ]?\d{4}$/, 'the Cayman Islands'],
  [/^VG ?11[1-6]0$/, 'the British Virgin Islands'],
  [/^AI[- ]?2640$/, 'Anguilla'],
  [/^MSR ?1[1-3]\d0$/, 'Montserrat'],
];

/** The territory a typed postcode belongs to, with the postcode as it is usually written; undefined otherwise. */
export function overseasTerritoryOf(raw: string): { territory: string; query: string } | undefined {
  const spaced = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const compact = spaced.replace(/ /g, '');
  if (compact.length < 5 || compact.length > 10) return undefined;
  const single = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  const name = SINGLE[single];
  if (name) return { territory: name, query: single };
  for (const [pattern, territory] of PATTERNS) if (pattern.test(spaced)) return { territory, query: spaced };
  return undefined;
}
