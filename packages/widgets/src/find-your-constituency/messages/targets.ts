import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './targets.en.js';

export type { TargetsMessageId } from './targets.en.js';

/** The targets list's and the hex map's catalogue: English in their chunks, other languages lazy. */
export const targetsCatalogue = defineMessages(en, {
  ar: () => import('./targets.ar.js'),
  bg: () => import('./targets.bg.js'),
  bn: () => import('./targets.bn.js'),
  cy: () => import('./targets.cy.js'),
  de: () => import('./targets.de.js'),
  el: () => import('./targets.el.js'),
  es: () => import('./targets.es.js'),
  fr: () => import('./targets.fr.js'),
  gu: () => import('./targets.gu.js'),
  it: () => import('./targets.it.js'),
  lt: () => import('./targets.lt.js'),
  pa: () => import('./targets.pa.js'),
  pl: () => import('./targets.pl.js'),
  pt: () => import('./targets.pt.js'),
  ro: () => import('./targets.ro.js'),
  so: () => import('./targets.so.js'),
  ta: () => import('./targets.ta.js'),
  tr: () => import('./targets.tr.js'),
  ur: () => import('./targets.ur.js'),
  'zh-Hans': () => import('./targets.zh-Hans.js'),
});
