import { inertKeepingLines } from './inert.js';

/**
 * Characters a spreadsheet may skip before it decides a cell is a formula, or that a person cannot see: whitespace
 * (JS `\s`: spaces incl. no-break U+00A0, U+2000–U+200A, U+202F, U+205F, ideographic U+3000, line breaks, BOM U+FEFF),
 * zero-width and joiners (U+200B–U+200D, U+2060–U+2064), bidi marks and controls, soft hyphen, Mongolian vowel
 * separator, combining grapheme joiner, Hangul fillers.
 */
const INVISIBLE = /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\uffa0]/u;

/**
 * Would a spreadsheet run this cell as a formula? A tab or CR among its leading blanks, or a first visible character
 * that is `= + - @` once NFKC-normalised (so fullwidth ＝ ＋ － ＠ and small-form ﹦ ﹢ ﹣ ﹫ count too).
 */
export function looksLikeFormula(text: string): boolean {
  for (const ch of text) {
    if (ch === '\t' || ch === '\r') return true;
    if (INVISIBLE.test(ch)) continue;
    return /^[=+\-@]/.test(ch.normalize('NFKC'));
  }
  return false;
}

/**
 * One CSV cell: control characters and bidi overrides shown as `\uXXXX` text (line breaks and tabs kept; see
 * inert.ts), formula-injection safe (a leading `'`), quoted per RFC 4180 when needed.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string') {
    if (looksLikeFormula(text)) text = `'${text}`;
    text = inertKeepingLines(text);
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Cell = string | number | boolean | null | undefined;

/** One CSV record with its CRLF. */
export const csvLine = (row: readonly Cell[]): string => `${row.map(csvCell).join(',')}\r\n`;

/**
 * A CSV file produced page by page: the byte-order mark and header, then each page of rows as the reader asks for it
 * (a slow download pauses the queries), so memory stays at one page however large the export, and the embedded
 * store answers other requests between pages. `nextPage` returns the next rows, or an empty list at the end.
 * `done(rows, complete)` runs once: at the end, or with `complete: false` when the download stopped early or failed.
 */
export function csvStream<Row>(
  header: readonly string[],
  nextPage: () => Promise<readonly Row[]>,
  toRow: (row: Row) => readonly Cell[],
  done: (rows: number, complete: boolean) => Promise<void> = async () => undefined,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let rows = 0;
  let finished = false;
  const finish = async (complete: boolean) => {
    if (finished) return;
    finished = true;
    await done(rows, complete).catch(() => undefined);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
      },
      async pull(controller) {
        try {
          const page = await nextPage();
          if (page.length === 0) {
            await finish(true);
            controller.close();
            return;
          }
          rows += page.length;
          controller.enqueue(encoder.encode(page.map((r) => csvLine(toRow(r))).join('')));
        } catch (error) {
          await finish(false);
          controller.error(error);
        }
      },
      async cancel() {
        await finish(false);
      },
    },
    { highWaterMark: 1 },
  );
}

/** UTF-8 with a byte-order mark (so Excel reads accents and scripts right), CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
