import type { TargetsCatalogue } from './targets.en.js';

// Not yet translated: every id falls back to English until it is.
export const messages: TargetsCatalogue = {};
