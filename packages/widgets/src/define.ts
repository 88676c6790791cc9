// Registers every tag (idempotent).
import './find-your-constituency/find-your-constituency.js';
import './sign-up-to-canvass/sign-up-to-canvass.js';
import './send-solidarity/send-solidarity.js';
import './solidarity-wall/solidarity-wall.js';
import './connect-locally/connect-locally.js';
import './local-groups/local-groups.js';
import './pledge-to-vote/pledge-to-vote.js';
