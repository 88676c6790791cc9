import { addEnglish, coreMessages, type Messages } from './localize.js';
import { catalogue as connect } from '../../connect-locally/messages/index.js';
import { catalogue as finder } from '../../find-your-constituency/messages/index.js';
import { eligibilityCatalogue as eligibility } from '../../find-your-constituency/messages/eligibility.js';
import { reportCatalogue as report } from '../../find-your-constituency/messages/report.js';
import { targetsCatalogue as targets } from '../../find-your-constituency/messages/targets.js';
import { catalogue as groups } from '../../local-groups/messages/index.js';
import { catalogue as pledge } from '../../pledge-to-vote/messages/index.js';
import { catalogue as solidarity } from '../../send-solidarity/messages/index.js';
import { catalogue as share } from '../../solidarity-share/messages/index.js';
import { catalogue as canvass } from '../../sign-up-to-canvass/messages/index.js';
import { catalogue as wall } from '../../solidarity-wall/messages/index.js';
import { later as canvassLater } from '../../sign-up-to-canvass/messages/later.en.js';
import { later as finderLater } from '../../find-your-constituency/messages/later.en.js';
import { later as groupsLater } from '../../local-groups/messages/later.en.js';
import { later as connectLater } from '../../connect-locally/messages/later.en.js';
import { later as solidarityLater } from '../../send-solidarity/messages/later.en.js';
import { later as wallLater } from '../../solidarity-wall/messages/later.en.js';

// The English that widgets' lazy chunks add when they load (`later.en.ts`, issue 17), here from the start: the checks
// and tools see each catalogue whole. (Importing this module completes the widgets' catalogues on that page.)
addEnglish(canvass, canvassLater);
addEnglish(finder, finderLater);
addEnglish(groups, groupsLater);
addEnglish(connect, connectLater);
addEnglish(solidarity, solidarityLater);
addEnglish(wall, wallLater);

/**
 * Every catalogue of the widgets, by the folder of its English source, for the correctness test
 * (catalogues.test.ts) and the coverage table of docs/i18n.md. Not imported by any widget, so it adds nothing to
 * their bundles. A new catalogue must be listed here, or the test cannot check it.
 */
export const CATALOGUES: Readonly<Record<string, Messages<string>>> = {
  'core/i18n/messages': coreMessages,
  'connect-locally/messages': connect,
  'find-your-constituency/messages': finder,
  'find-your-constituency/messages/eligibility': eligibility,
  'find-your-constituency/messages/report': report,
  'find-your-constituency/messages/targets': targets,
  'local-groups/messages': groups,
  'pledge-to-vote/messages': pledge,
  'send-solidarity/messages': solidarity,
  'solidarity-share/messages': share,
  'sign-up-to-canvass/messages': canvass,
  'solidarity-wall/messages': wall,
} as Record<string, Messages<string>>;
