// Classes only: importing this registers nothing. Use `./define` (or a widget's own define file) to register tags.
export { FindYourConstituency } from './find-your-constituency/find-your-constituency.component.js';
export { SignUpToCanvass } from './sign-up-to-canvass/sign-up-to-canvass.component.js';
export { SendSolidarity } from './send-solidarity/send-solidarity.component.js';
export { SolidarityWall } from './solidarity-wall/solidarity-wall.component.js';
export { ConnectLocally } from './connect-locally/connect-locally.component.js';
export { LocalGroups } from './local-groups/local-groups.component.js';
export { PledgeToVote } from './pledge-to-vote/pledge-to-vote.component.js';
// Rendered by the widgets after a supporter acts (docs/sharing.md); exported for its type and event.
export { SolidarityShare } from './solidarity-share/solidarity-share.component.js';
export { setPageDefaults, type PageDefaults } from './core/config.js';
export type * from './find-your-constituency/events.js';
export type * from './sign-up-to-canvass/events.js';
export type * from './send-solidarity/events.js';
export type * from './solidarity-wall/events.js';
export type * from './connect-locally/events.js';
export type * from './local-groups/events.js';
export type * from './pledge-to-vote/events.js';
export type * from './solidarity-share/events.js';
