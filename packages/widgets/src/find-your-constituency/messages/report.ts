import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './report.en.js';

export type { ReportMessageId } from './report.en.js';

/** The report link's catalogue: English in the report chunk, other languages lazy. */
export const reportCatalogue = defineMessages(en, {
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
});
