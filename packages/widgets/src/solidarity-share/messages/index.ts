import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './en.js';

export type { MessageId } from './en.js';

/** This widget's own ids (what its catalogue holds; `MessageId` adds the shared ones). */
export type OwnMessageId = keyof typeof en;

/** <solidarity-share>'s catalogue: English is bundled with the widget, other languages are lazy chunks. */
export const catalogue = defineMessages(en, {
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
});
