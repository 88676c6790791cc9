import type { TranslatedTag } from './languages.js';

/**
 * Entries meant to read exactly as in English, per language (checked by catalogues.test.ts): a translation equal
 * to the English text is otherwise taken for one nobody translated. List an id only when the English words are
 * what a reader of that language would really see (a proper name, an international word), with a reason.
 */
export const IDENTICAL: Partial<Record<TranslatedTag, readonly string[]>> = {
  // "British National (Overseas), BN(O) – Hong Kong": the legal name of the status, as on the passport.
  ro: ['finder.status.bno', 'groups.contact' /* "Contact: " is Romanian too */],
  pt: ['finder.status.bno'],
  es: ['finder.status.bno', 'finder.cannotVote' /* "{election}: no" */],
  it: [
    'finder.status.bno',
    'finder.cannotVote', // "{election}: no"
    'finder.local.email', // "Email:" is the Italian word
    'canvass.email',
  ],
  fr: [
    'finder.status.bno',
    'connect.message', // "Message"
    'finder.partySource', // "Source"
    'finder.proposalSource',
    'groups.type.other', // "Organisation"
    'wall.messages.one', // "{count} message(s)"
    'wall.messages.other',
  ],
  de: [
    'common.optional', // "(optional)"
    'finder.nation.England', // "England", "Wales": the German names
    'finder.nation.Wales',
    'finder.local.website', // "Website"
    'groups.here', // "In {name}"
    'groups.type.other', // "Organisation"
  ],
};
