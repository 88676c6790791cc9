import type { TranslatedTag } from './languages.js';

/**
 * Entries meant to read exactly as in English, per language (checked by catalogues.test.ts): a translation equal
 * to the English text is otherwise taken for one nobody translated. List an id only when the English words are
 * what a reader of that language would really see (a proper name, an international word), with a reason.
 */
export const IDENTICAL: Partial<Record<TranslatedTag, readonly string[]>> = {};
