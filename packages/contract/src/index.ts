export * from './constants.js';
export * from './graphemes.js';
export * from './common.js';
export * from './errors.js';
export * from './field-errors.js';
export * from './health.js';
export * from './constituencies.js';
export * from './postcodes.js';
export * from './postcode-answer.js';
export * from './canvass.js';
export * from './solidarity.js';
export * from './routes.js';
// Exported from their own modules, not through routes.ts: a bundler keeps every module a used export passes
// through, and routes.ts references both tables.
export * from './public-routes.js';
export * from './admin-routes.js';
export * from './console-routes.js';
export * from './local.js';
// Organiser/moderator shapes live apart from the public ones so a bundler (the package is `sideEffects: false`)
// drops them from pages that only use `publicRoutes`.
export * from './admin/canvass.js';
export * from './admin/solidarity.js';
export * from './admin/local.js';
export * from './admin/party-changes.js';
export * from './admin/answer-reports.js';
export * from './admin/console.js';
export * from './answer-reports.js';
export * from './referrals.js';
export * from './pledges.js';
export * from './admin/pledges.js';
