import type { Catalogue } from './en.js';

// Placeholder: not translated yet, so every id falls back to English (the correctness test lists them).
export const messages: Catalogue = {};
