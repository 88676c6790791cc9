// Counted strings read right in every language: the form for each count comes from Intl.PluralRules
// (English one/other; Polish one/few/many/other; Welsh and Arabic zero/one/two/few/many/other).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import { coreMessages, ensureLocale, translateCount, type Messages } from './localize.js';
import { catalogue as groups } from '../../local-groups/messages/index.js';
import { catalogue as finder } from '../../find-your-constituency/messages/index.js';
import { eligibilityCatalogue as eligibility } from '../../find-your-constituency/messages/eligibility.js';
import { targetsCatalogue as targets } from '../../find-your-constituency/messages/targets.js';
import { catalogue as canvass } from '../../sign-up-to-canvass/messages/index.js';
import { catalogue as wall } from '../../solidarity-wall/messages/index.js';
import { shadowQueries } from '../../testing/shadow-queries.js';
import '../../local-groups/local-groups.js';
// Every catalogue whole, with the English its widget's lazy chunks add when they load (later.en.ts).
import './catalogues.js';

const COUNTS = [0, 1, 2, 5, 22] as const;
const LANGS = ['en', 'pl', 'cy', 'ar'] as const;
type Lang = (typeof LANGS)[number];

beforeAll(async () => {
  for (const lang of LANGS) await ensureLocale(lang, [coreMessages, groups, finder, eligibility, targets, canvass, wall] as Messages<string>[]);
});

/** `{n}` in the expected text is the count as the language writes numbers. */
function expected(lang: Lang, texts: readonly string[]): string[] {
  return texts.map((text, i) => text.replace('{n}', new Intl.NumberFormat(lang).format(COUNTS[i]!)));
}

function forCounts<Id extends string>(lang: string, base: string, own: Messages<Id> | undefined, params = {}): string[] {
  return COUNTS.map((count) => translateCount(lang, base as never, count, params, own));
}

describe('counted strings for 0, 1, 2, 5 and 22', () => {
  const name = { name: 'Lewisham East' };
  const cases: Record<Lang, readonly string[]> = {
    en: ['{n} groups listed near Lewisham East.', '{n} group listed near Lewisham East.', '{n} groups listed near Lewisham East.', '{n} groups listed near Lewisham East.', '{n} groups listed near Lewisham East.'],
    pl: ['{n} grup w katalogu w pobliżu okręgu Lewisham East.', '{n} grupa w katalogu w pobliżu okręgu Lewisham East.', '{n} grupy w katalogu w pobliżu okręgu Lewisham East.', '{n} grup w katalogu w pobliżu okręgu Lewisham East.', '{n} grupy w katalogu w pobliżu okręgu Lewisham East.'],
    cy: ['Does dim grwpiau wedi’u rhestru ger Lewisham East.', '{n} grŵp wedi’i restru ger Lewisham East.', '{n} grŵp wedi’u rhestru ger Lewisham East.', '{n} o grwpiau wedi’u rhestru ger Lewisham East.', '{n} o grwpiau wedi’u rhestru ger Lewisham East.'],
    // In Arabic the English name is a bidi isolate (U+2068 … U+2069), so it cannot disturb the sentence around it.
    ar: ['لا توجد مجموعات مدرجة قرب \u2068Lewisham East\u2069.', 'مجموعة واحدة مدرجة قرب \u2068Lewisham East\u2069.', 'مجموعتان مدرجتان قرب \u2068Lewisham East\u2069.', '{n} مجموعات مدرجة قرب \u2068Lewisham East\u2069.', '{n} مجموعةً مدرجةً قرب \u2068Lewisham East\u2069.'],
  };
  for (const lang of LANGS) {
    it(`local groups in ${lang}`, () => expect(forCounts(lang, 'groups.loaded', groups, name)).toEqual(expected(lang, cases[lang])));
  }

  it('a majority of votes', () => {
    const votes = (lang: Lang) => forCounts(lang, 'finder.majority', finder, { percent: 3 }).map((s) => s.replace(/ \(.*\)$/, ''));
    expect(votes('en')).toEqual(expected('en', ['Majority at the 2024 general election: {n} votes', 'Majority at the 2024 general election: {n} vote', 'Majority at the 2024 general election: {n} votes', 'Majority at the 2024 general election: {n} votes', 'Majority at the 2024 general election: {n} votes']));
    expect(votes('pl')).toEqual(expected('pl', ['Przewaga w wyborach powszechnych 2024: {n} głosów', 'Przewaga w wyborach powszechnych 2024: {n} głos', 'Przewaga w wyborach powszechnych 2024: {n} głosy', 'Przewaga w wyborach powszechnych 2024: {n} głosów', 'Przewaga w wyborach powszechnych 2024: {n} głosy']));
    expect(votes('cy')).toEqual(expected('cy', ['Mwyafrif yn etholiad cyffredinol 2024: {n} pleidlais', 'Mwyafrif yn etholiad cyffredinol 2024: {n} pleidlais', 'Mwyafrif yn etholiad cyffredinol 2024: {n} bleidlais', 'Mwyafrif yn etholiad cyffredinol 2024: {n} o bleidleisiau', 'Mwyafrif yn etholiad cyffredinol 2024: {n} o bleidleisiau']));
    expect(votes('ar')).toEqual(expected('ar', ['الأغلبية في الانتخابات العامة 2024: {n} صوت', 'الأغلبية في الانتخابات العامة 2024: صوت واحد', 'الأغلبية في الانتخابات العامة 2024: صوتان', 'الأغلبية في الانتخابات العامة 2024: {n} أصوات', 'الأغلبية في الانتخابات العامة 2024: {n} صوتًا']));
  });

  it('the seats a postcode is split between, and the seats on the map', () => {
    const seats = (lang: Lang) => forCounts(lang, 'finder.chooseHeading', finder, { query: 'SE13 6' });
    expect(seats('pl')).toEqual(expected('pl', ['Kod pocztowy SE13 6 obejmuje {n} okręgów. Który jest Twój?', 'Kod pocztowy SE13 6 obejmuje {n} okręg. Czy to Twój?', 'Kod pocztowy SE13 6 obejmuje {n} okręgi. Który jest Twój?', 'Kod pocztowy SE13 6 obejmuje {n} okręgów. Który jest Twój?', 'Kod pocztowy SE13 6 obejmuje {n} okręgi. Który jest Twój?']));
    expect(seats('en')[2]).toBe('SE13 6 is split between 2 constituencies. Which is yours?');
    expect(seats('ar')[2]).toBe('\u2068SE13 6\u2069 مقسّم بين دائرتين. أيهما دائرتك؟');
    // The hex map's names and the party targets' sessions live in their own lazy catalogue (messages/targets.ts).
    const votes = (lang: Lang) => forCounts(lang, 'map.hexVotes', targets, { name: 'Hendon', party: 'Labour', percent: 0 }).map((s) => s.replace(/ \(.*\)$/, ''));
    expect(votes('en')).toEqual(expected('en', ['Hendon: Labour, majority {n} votes', 'Hendon: Labour, majority {n} vote', 'Hendon: Labour, majority {n} votes', 'Hendon: Labour, majority {n} votes', 'Hendon: Labour, majority {n} votes']));
    expect(votes('pl')).toEqual(expected('pl', ['Hendon: Labour, przewaga {n} głosów', 'Hendon: Labour, przewaga {n} głosu', 'Hendon: Labour, przewaga {n} głosów', 'Hendon: Labour, przewaga {n} głosów', 'Hendon: Labour, przewaga {n} głosów']));
    // Latin names inside Arabic are bidi-isolated (FSI … PDI), as everywhere in right-to-left text.
    expect(votes('ar')[1]).toBe('\u2068Hendon\u2069: \u2068Labour\u2069، الأغلبية صوت واحد');
    const sessions = (lang: Lang) => forCounts(lang, 'targets.sessions', targets, { name: 'Hendon' });
    expect(sessions('pl')).toEqual(expected('pl', ['{n} spotkań agitacyjnych w okręgu Hendon', '{n} spotkanie agitacyjne w okręgu Hendon', '{n} spotkania agitacyjne w okręgu Hendon', '{n} spotkań agitacyjnych w okręgu Hendon', '{n} spotkania agitacyjne w okręgu Hendon']));
    expect(sessions('cy')).toEqual(expected('cy', ['{n} sesiwn ganfasio yn Hendon', '{n} sesiwn ganfasio yn Hendon', '{n} sesiwn ganfasio yn Hendon', '{n} o sesiynau canfasio yn Hendon', '{n} o sesiynau canfasio yn Hendon']));
    expect(sessions('ar')[2]).toBe('جولتا طرق أبواب في \u2068Hendon\u2069');
  });

  it('seconds to wait, places left, sessions found, messages and countries', () => {
    expect(forCounts('en', 'common.rateLimited', undefined).map((s) => /wait (.*) and/.exec(s)?.[1])).toEqual(['0 seconds', '1 second', '2 seconds', '5 seconds', '22 seconds']);
    expect(forCounts('pl', 'common.rateLimited', undefined).map((s) => /Odczekaj (.*) i/.exec(s)?.[1])).toEqual(['0 sekund', '1 sekundę', '2 sekundy', '5 sekund', '22 sekundy']);
    expect(forCounts('ar', 'common.rateLimited', undefined).map((s) => /الانتظار (.*) ثم/.exec(s)?.[1])).toEqual(
      expected('ar', ['{n} ثانية', 'ثانية واحدة', 'ثانيتين', '{n} ثوانٍ', '{n} ثانيةً']),
    );
    expect(forCounts('en', 'canvass.placesLeft', canvass)).toEqual(['0 places left', '1 place left', '2 places left', '5 places left', '22 places left']);
    expect(forCounts('en', 'canvass.sessionsFound', canvass)[1]).toBe('1 session found.');
    expect(forCounts('pl', 'wall.messages', wall)).toEqual(['0 wiadomości', '1 wiadomość', '2 wiadomości', '5 wiadomości', '22 wiadomości']);
    expect(forCounts('ar', 'wall.countries', wall)).toEqual(expected('ar', ['{n} بلد', 'بلد واحد', 'بلدين', '{n} بلدان', '{n} بلدًا']));
  });

  it('how often overseas electors renew', () => {
    const every = (lang: Lang) => forCounts(lang, 'finder.overseas', eligibility, { date: 'January 2024' }).map((s) => s.replace(/^.*[;؛] /, ''));
    expect(every('en')).toEqual(['renew your registration every 0 years.', 'renew your registration every year.', 'renew your registration every 2 years.', 'renew your registration every 5 years.', 'renew your registration every 22 years.']);
    expect(every('pl')).toEqual(['rejestrację trzeba odnawiać co 0 lat.', 'rejestrację trzeba odnawiać co roku.', 'rejestrację trzeba odnawiać co 2 lata.', 'rejestrację trzeba odnawiać co 5 lat.', 'rejestrację trzeba odnawiać co 22 lata.']);
    expect(every('cy')).toEqual(expected('cy', ['adnewyddwch eich cofrestriad bob {n} o flynyddoedd.', 'adnewyddwch eich cofrestriad bob blwyddyn.', 'adnewyddwch eich cofrestriad bob {n} flynedd.', 'adnewyddwch eich cofrestriad bob {n} o flynyddoedd.', 'adnewyddwch eich cofrestriad bob {n} o flynyddoedd.']));
    expect(every('ar')).toEqual(expected('ar', ['جدّد تسجيلك كل {n} سنة.', 'جدّد تسجيلك كل سنة.', 'جدّد تسجيلك كل سنتين.', 'جدّد تسجيلك كل {n} سنوات.', 'جدّد تسجيلك كل {n} سنةً.']));
  });

  it('a language that has not translated a counted string uses English with English rules, not a mix', () => {
    // Japanese has no catalogue: English throughout.
    expect(forCounts('ja', 'groups.loaded', groups, name)[1]).toBe('1 group listed near Lewisham East.');
    expect(forCounts('ja', 'groups.loaded', groups, name)[4]).toBe('22 groups listed near Lewisham East.');
  });
});

describe('<local-groups> says how many groups are listed, in its language', () => {
  const API = 'http://localhost:8787';
  const worker = setupWorker();
  beforeAll(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() }));
  });
  afterAll(() => worker.stop());
  afterEach(() => document.body.replaceChildren());

  const two: Record<Lang, string> = {
    en: '2 groups listed near Lewisham East.',
    pl: '2 grupy w katalogu w pobliżu okręgu Lewisham East.',
    cy: '2 grŵp wedi’u rhestru ger Lewisham East.',
    ar: 'مجموعتان مدرجتان قرب \u2068Lewisham East\u2069.',
  };
  for (const lang of LANGS) {
    it(lang, async () => {
      const el = document.createElement('local-groups');
      el.setAttribute('api-base', API);
      el.setAttribute('lang', lang);
      el.setAttribute('constituency', 'E14001331');
      document.body.append(el);
      const ui = shadowQueries(el);
      expect(await ui.findByText(two[lang], {}, { timeout: 5000 })).toBeTruthy();
    });
  }
});
