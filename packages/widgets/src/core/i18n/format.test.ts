// Dates, lists and names come out in the widget's language, even where Chromium's Intl has no data for it
// (Welsh, Somali): core/i18n/format.ts and docs/i18n.md "Formats and fallbacks".
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { coreMessages, ensureLocale, translate, type Messages } from './localize.js';
import { dateFormatter, displayName, formatDate, formatList, hasIntlData } from './format.js';
import { eligibilityCatalogue } from '../../find-your-constituency/messages/eligibility.js';
import { shadowQueries } from '../../testing/shadow-queries.js';
import '../../local-groups/local-groups.js';
import '../../solidarity-wall/solidarity-wall.js';

const FRIDAY_EVENING = Date.UTC(2026, 11, 4, 18, 30);
const LONG: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
const ENGLISH_WORDS = /Friday|December|Dec\b|\bat\b|\band\b|Polish|English/;

describe('Welsh without Welsh data in the browser', () => {
  beforeAll(() => ensureLocale('cy', [coreMessages]));

  it('Chromium really lacks Welsh (else this fallback is not exercised)', () => {
    expect(hasIntlData('cy', 'date')).toBe(false);
    expect(hasIntlData('pl', 'date')).toBe(true);
  });

  it('dates: Welsh day and month names in British order, "am" before the time', () => {
    expect(formatDate('cy', FRIDAY_EVENING, LONG)).toMatch(/^Dydd Gwener,? 4 Rhagfyr 2026 am 18:30$/);
    expect(formatDate('cy', FRIDAY_EVENING, { dateStyle: 'long', timeZone: 'UTC' })).toBe('4 Rhagfyr 2026');
    expect(formatDate('cy', Date.UTC(2026, 1, 2), { dateStyle: 'medium', timeZone: 'UTC' })).toBe('2 Chwef 2026');
    expect(formatDate('cy', Date.UTC(2026, 0, 1), { year: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('Ionawr 2026');
    const range = dateFormatter('cy', LONG).formatRange(FRIDAY_EVENING, FRIDAY_EVENING + 2 * 3_600_000);
    expect(range).toMatch(/Dydd Gwener/);
    expect(range).toMatch(/Rhagfyr/);
    expect(range).not.toMatch(ENGLISH_WORDS);
  });

  it('lists join with "a" (aspirate mutation) or "ac" before a vowel', () => {
    expect(formatList('cy', ['Saesneg', 'Pwyleg'])).toBe('Saesneg a Phwyleg');
    expect(formatList('cy', ['Pwyleg', 'Saesneg', 'Wrdw'])).toBe('Pwyleg, Saesneg ac Wrdw');
    expect(formatList('cy', ['canfaswyr', 'cyfieithwyr'])).toBe('canfaswyr a chyfieithwyr');
    expect(formatList('cy', ['Lewisham East', 'Lewisham North'])).toBe('Lewisham East a Lewisham North');
  });

  it('language names in Welsh; names Welsh has no table for in English', () => {
    expect(displayName('cy', 'language', 'pl')).toBe('Pwyleg');
    expect(displayName('cy', 'language', 'en')).toBe('Saesneg');
    expect(displayName('cy', 'region', 'PL')).toBe('Poland');
  });
});

describe('other languages', () => {
  it('English is British English; Polish and Arabic come from Intl', () => {
    expect(formatDate('en', FRIDAY_EVENING, { dateStyle: 'long', timeZone: 'UTC' })).toBe('4 December 2026');
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(formatDate('pl', FRIDAY_EVENING, { dateStyle: 'long', timeZone: 'UTC' })).toBe('4 grudnia 2026');
    expect(formatList('pl', ['A', 'B', 'C'])).toBe('A, B i C');
    expect(displayName('ar', 'region', 'PL')).toBe('بولندا');
  });

  it('a language without browser data and no fallback table writes dates in digits, never English words', () => {
    expect(hasIntlData('so', 'date')).toBe(false);
    const text = formatDate('so', FRIDAY_EVENING, LONG);
    expect(text).toMatch(/04\/12\/2026/);
    expect(text).not.toMatch(ENGLISH_WORDS);
  });
});

describe('right to left: names, postcodes and conditions are isolated inside the sentence', () => {
  beforeAll(() => ensureLocale('ar', [coreMessages, eligibilityCatalogue] as Messages<string>[]));

  it('a condition with brackets and English words sits in its own bidi isolate in Arabic, not in English', () => {
    const condition = (lang: string) => translate(lang, 'finder.condition.leave_to_remain', undefined, eligibilityCatalogue);
    const answer = (lang: string) =>
      translate(lang, 'finder.canVoteIf', { election: translate(lang, 'finder.election.local', undefined, eligibilityCatalogue), age: 18, condition: condition(lang) }, eligibilityCatalogue);
    expect(answer('ar')).toContain(`\u2068${condition('ar')}\u2069`);
    expect(answer('ar')).not.toContain(`\u2068${translate('ar', 'finder.election.local', undefined, eligibilityCatalogue)}`);
    expect(answer('en')).not.toMatch(/[\u2068\u2069]/);
  });
});

describe('widgets in Welsh', () => {
  const API = 'http://localhost:8787';
  const worker = setupWorker();
  beforeAll(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
  });
  afterAll(() => worker.stop());
  afterEach(() => document.body.replaceChildren());

  it('<local-groups lang="cy"> lists languages and offers in Welsh, joined the Welsh way', async () => {
    const el = document.createElement('local-groups');
    el.setAttribute('api-base', API);
    el.setAttribute('lang', 'cy');
    el.setAttribute('constituency', 'E14001331');
    document.body.append(el);
    const ui = shadowQueries(el);
    expect(await ui.findByText('Ieithoedd: Pwyleg a Saesneg', {}, { timeout: 5000 })).toBeTruthy();
    expect(ui.getByText('Ieithoedd: Saesneg a Somalïeg')).toBeTruthy();
    expect(ui.getByText('Yn cynnig: canfaswyr a chyfieithwyr')).toBeTruthy();
  });

  it('<solidarity-wall lang="cy"> dates its messages in Welsh', async () => {
    const el = document.createElement('solidarity-wall');
    el.setAttribute('api-base', API);
    el.setAttribute('lang', 'cy');
    document.body.append(el);
    await expect.poll(() => [...(el.shadowRoot?.querySelectorAll('time') ?? [])].map((t) => t.textContent?.trim()), { timeout: 5000 }).toContain('22 Tach 2026');
    const dates = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.textContent ?? '');
    expect(dates.join(' ')).not.toMatch(/Nov|Dec|Oct/);
  });
});
