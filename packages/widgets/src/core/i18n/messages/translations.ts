import type { Loaders } from '../localize.js';
import type { MessageId } from './en.js';

/** The shared catalogue's translations: loaded only when a widget on the page speaks another language than English. */
export const loaders: Loaders<MessageId> = {
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
