import type { Loaders } from '../../core/i18n/localize.js';
import type { en } from './en.js';

/** This widget's translations: loaded only when it speaks another language than English (see defineMessages). */
export const loaders: Loaders<keyof typeof en & string> = {
  cy: () => import('./cy.js'),
  pl: () => import('./pl.js'),
  ro: () => import('./ro.js'),
  pt: () => import('./pt.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  bg: () => import('./bg.js'),
  lt: () => import('./lt.js'),
  el: () => import('./el.js'),
  tr: () => import('./tr.js'),
  so: () => import('./so.js'),
  ar: () => import('./ar.js'),
  ur: () => import('./ur.js'),
  bn: () => import('./bn.js'),
  pa: () => import('./pa.js'),
  gu: () => import('./gu.js'),
  ta: () => import('./ta.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
};
