import type { ReportCatalogue } from './report.en.js';

// Placeholder: not translated yet, so every id falls back to English (the correctness test lists them).
export const messages: ReportCatalogue = {};
