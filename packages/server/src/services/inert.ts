/**
 * Text people typed, made safe to show in a terminal or a spreadsheet: nothing in it may be acted on instead of
 * shown (issue 11: a message with `\r` and `ESC [2K` looked harmless in `admin queue` and was published whole).
 *
 * Made visible, as the text `\u001b` (JSON's notation, so it reads the same in tables, CSV and `--json`):
 * - C0 controls U+0000–U+001F, DEL U+007F and C1 controls U+0080–U+009F (U+009B is a one-byte CSI on some terminals);
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C), which
 *   reorder what is shown around them;
 * - the line and paragraph separators U+2028 and U+2029.
 * The API refuses the controls in new free text (contract `FREE_TEXT_PATTERN`) but accepts bidi marks, which Arabic and
 * Hebrew writers need; text stored before that rule could still hold anything.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNSAFE_KEEPING_LINES = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** For one line of a table: every unsafe character (tab and line breaks too) shown as `\uXXXX`. */
export function inert(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * For multi-line text (CSV cells, a whole CSV document, pretty JSON): tab, LF and CRLF are kept, since a quoted CSV
 * cell may hold line breaks; a lone CR (which moves the cursor back over what was shown) and everything else unsafe
 * is shown as `\uXXXX`.
 */
export function inertKeepingLines(text: string): string {
  return text.replace(UNSAFE_KEEPING_LINES, (c) => (c === '\r\n' ? c : visible(c)));
}
