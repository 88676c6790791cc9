/**
 * Counting text the way a person sees it. A message's length is counted in graphemes (user-perceived characters):
 * ✊🏽 is one character to the supporter, though it is two code points and three UTF-16 units. The contract's schema
 * (server), the JSON-schema validator (browser) and the widget's counter all count with this function, so they agree.
 * No zod here: browser code imports it (through `@solidarity-widgets/contract/json-validate`).
 */

let segmenter: Intl.Segmenter | null | undefined;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Graphemes in `text`; code points where `Intl.Segmenter` is missing (no browser we support, some old runtimes). */
export function graphemeCount(text: string): number {
  // Printable ASCII is one grapheme per character (no combining marks, no CR LF pair): most names and many messages.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;
  if (segmenter === null) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
