import type { Loaders } from '../../core/i18n/localize.js';
import type { en } from './report.en.js';

/** The translations of this catalogue, loaded only for another language than English (see defineMessages). */
export const loaders: Loaders<keyof typeof en & string> = {
  cy: () => import('./report.cy.js'),
  pl: () => import('./report.pl.js'),
  ro: () => import('./report.ro.js'),
  pt: () => import('./report.pt.js'),
  es: () => import('./report.es.js'),
  it: () => import('./report.it.js'),
  fr: () => import('./report.fr.js'),
  de: () => import('./report.de.js'),
  bg: () => import('./report.bg.js'),
  lt: () => import('./report.lt.js'),
  el: () => import('./report.el.js'),
  tr: () => import('./report.tr.js'),
  so: () => import('./report.so.js'),
  ar: () => import('./report.ar.js'),
  ur: () => import('./report.ur.js'),
  bn: () => import('./report.bn.js'),
  pa: () => import('./report.pa.js'),
  gu: () => import('./report.gu.js'),
  ta: () => import('./report.ta.js'),
  'zh-Hans': () => import('./report.zh-Hans.js'),
};
