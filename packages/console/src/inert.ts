/**
 * Text people typed, shown exactly and inertly (the same rule as packages/server/src/services/inert.ts): control
 * characters, bidi overrides and isolates, and line/paragraph separators are shown as the text `\uXXXX`, so nothing
 * in a message can reorder, hide or rewrite what a moderator reads. Line breaks are kept (messages have paragraphs).
 * Lit renders the result as text, never as markup.
 */
const UNSAFE = /\r\n|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function inert(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\r\n' ? '\n' : visible(c)));
}
