import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './targets.en.js';

export type { TargetsMessageId } from './targets.en.js';

/** The targets list's and the hex map's catalogue: English in their chunks, other languages lazy. */
export const targetsCatalogue = defineMessages(en, {
  ar: () => import('./targets.ar.js'),
  cy: () => import('./targets.cy.js'),
  pl: () => import('./targets.pl.js'),
});
