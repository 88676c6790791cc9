import { messages as ar } from './messages/ar.js';
import { messages as cy } from './messages/cy.js';
import { messages as en, type Catalogue, type MessageId } from './messages/en.js';
import { messages as pl } from './messages/pl.js';

/** The email catalogues by language. Add a language here and in messages/ (messages.test.ts checks it is complete). */
export const catalogues: Readonly<Record<string, Catalogue>> = { en, cy, pl, ar };

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/** The catalogue language for a tag the widget sent (`pl`, `pl-PL`, `ar-EG` …); English when we have none. */
export function emailLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return primary in catalogues ? primary : 'en';
}

export const textDirection = (language: string): 'ltr' | 'rtl' => (RTL.has(language) ? 'rtl' : 'ltr');

/**
 * What a person typed, made safe to place inside a sentence: bidirectional controls they typed are dropped and the
 * value is isolated (FSI … PDI), so a name written right to left, or one carrying an override, cannot reorder the
 * words around it ("… has signed up" stays where it is). HTML escaping is the layout's job, not this.
 */
export function typed(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '');
  return `\u2068${clean}\u2069`;
}

/** A message in `language` with its `{placeholders}` filled. Values are used as given: wrap typed text in typed(). */
export function t(language: string, id: MessageId, vars: Readonly<Record<string, string | number>> = {}): string {
  const template = (catalogues[language] ?? en)[id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A session's start in the reader's language and the UK's time zone (sessions are in the UK). */
export function formatWhen(language: string, iso: string): string {
  // British English dates for English ("Saturday 5 December 2026 at 10:00"): the sessions are in the UK.
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(iso));
}
