import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';
import type { later } from './later.en.js';

/**
 * The source catalogue of <find-your-constituency>: every string it shows, by id, except the shared `common.*`/`field.*`/`form.*`
 * ones in `core/i18n/messages/en.ts`. Other languages translate these ids; a missing id falls back to English.
 * `{name}` placeholders are filled by `translate()`. What only its second stage shows is in `later.en.ts`.
 */
export const en = {
  'finder.heading': 'Find your constituency',
  'finder.label': 'Your postcode',
  'finder.hint': 'For example SW1A 1AA. A part postcode such as SE13 works too.',
  'finder.submit': 'Find',
  'finder.searching': 'Looking up {postcode}…',
  'finder.empty': 'Please enter your postcode.',
  'finder.invalid': 'That does not look like a UK postcode. A postcode looks like SW1A 1AA.',
  'finder.didYouMean': 'Did you mean {postcode}?',
  'finder.useSuggestion': 'Use {postcode}',
  'finder.notFound': 'We could not find {postcode}. Please check it for typos.',
  'finder.notFoundSector': 'We could not find {postcode}, but we know the area {sector}. Check the last two letters, or look up {sector} instead.',
  'finder.lookUpSector': 'Look up {sector}',
  'finder.outsideService': "Members of the armed forces and their spouses or civil partners, Crown servants and British Council staff posted abroad can register as service voters.",
  'finder.resultHeading': 'Your constituency is {name}',
  'finder.nation.England': 'England',
  'finder.nation.Wales': 'Wales',
  'finder.nation.Scotland': 'Scotland',
  'finder.nation.Northern Ireland': 'Northern Ireland',
  'finder.chooseHeading.one': '{query} is in {count} constituency. Is it yours?',
  'finder.chooseHeading.other': '{query} is split between {count} constituencies. Which is yours?',
  'finder.chooseNation': 'We have no postcode data for Northern Ireland. Please choose your constituency:',
  'finder.mp': 'MP: {name} ({party})',
  'finder.mapError': 'We could not load the map. The nearby seats are listed above.',
  'finder.eligibilityHeading': 'Can I vote?',
  'finder.eligibilityError': 'We could not load the guide to who can vote.',
  'finder.dataCurrent': "Results and by-elections as of {date}; MPs’ party changes checked to {parties}. Later changes may be missing.",
  'finder.register': 'Register to vote',
  'finder.registerNote': "Voting rules can change (votes at 16 in every UK election has been proposed, but is not law yet). Always check the official service.",
  'finder.attribution': 'Data: House of Commons Library (Open Parliament Licence); ONS, OS and Royal Mail (Open Government Licence); hex map © Open Innovations (MIT).',
  'finder.dataCurrentResults': "Results as of {date}.",
  'finder.factsUpdated': 'MPs’ parties updated to {date} by this site.',
} as const;

/** The ids this widget's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en & typeof later>;
export type Catalogue = Translation<typeof en & typeof later>;
