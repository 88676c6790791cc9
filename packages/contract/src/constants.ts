/**
 * Plain values of the contract, in a module without zod: browser code (the widgets) imports them without pulling
 * a schema module, and so zod, into its bundle (docs/decisions/0004-json-schema-validation-in-browser.md).
 * The schemas that use them (canvass.ts, solidarity.ts, local.ts) import them from here.
 */

/** Version of the canvassing consent wording shown next to the box; stored with every sign-up. */
export const CANVASS_CONSENT_VERSION = '2026-11-23';

/** Longest message of solidarity, in characters as a person sees them (graphemes: ✊🏽 is one). */
export const SOLIDARITY_MESSAGE_MAX = 500;

/**
 * A hard ceiling on the same message in code points, so that one "character" made of hundreds of combining marks
 * cannot carry a huge body. Four per grapheme is more than any emoji with a skin tone or flag needs.
 */
export const SOLIDARITY_MESSAGE_MAX_CODE_POINTS = 4 * SOLIDARITY_MESSAGE_MAX;

/** Version of the introduction consent wording shown next to the box; stored with every introduction. */
export const INTRODUCTION_CONSENT_VERSION = '2026-12-01';

/** Longest introduction message, in characters. */
export const INTRODUCTION_MESSAGE_MAX = 1000;

/** The kinds of organisation that ask for an introduction (`OrganisationType`'s values). */
export const ORGANISATION_TYPES = ['union_branch', 'diaspora_association', 'community_group', 'faith_group', 'other'] as const;

/** What an organisation can bring to a local campaign (`IntroductionOffer`'s values). */
export const INTRODUCTION_OFFERS = ['canvassers', 'translators', 'venues', 'publicity'] as const;
