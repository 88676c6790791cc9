import type { Loaders } from '../../core/i18n/localize.js';
import type { en } from './targets.en.js';

/** The translations of this catalogue, loaded only for another language than English (see defineMessages). */
export const loaders: Loaders<keyof typeof en & string> = {
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
};
