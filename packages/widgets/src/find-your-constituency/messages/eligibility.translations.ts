import type { Loaders } from '../../core/i18n/localize.js';
import type { en } from './eligibility.en.js';

/** The translations of this catalogue, loaded only for another language than English (see defineMessages). */
export const loaders: Loaders<keyof typeof en & string> = {
  cy: () => import('./eligibility.cy.js'),
  pl: () => import('./eligibility.pl.js'),
  ro: () => import('./eligibility.ro.js'),
  pt: () => import('./eligibility.pt.js'),
  es: () => import('./eligibility.es.js'),
  it: () => import('./eligibility.it.js'),
  fr: () => import('./eligibility.fr.js'),
  de: () => import('./eligibility.de.js'),
  bg: () => import('./eligibility.bg.js'),
  lt: () => import('./eligibility.lt.js'),
  el: () => import('./eligibility.el.js'),
  tr: () => import('./eligibility.tr.js'),
  so: () => import('./eligibility.so.js'),
  ar: () => import('./eligibility.ar.js'),
  ur: () => import('./eligibility.ur.js'),
  bn: () => import('./eligibility.bn.js'),
  pa: () => import('./eligibility.pa.js'),
  gu: () => import('./eligibility.gu.js'),
  ta: () => import('./eligibility.ta.js'),
  'zh-Hans': () => import('./eligibility.zh-Hans.js'),
};
