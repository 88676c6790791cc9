// Re-exported so importing this file alone brings the typed events (on elements and on document) into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { PledgeToVote } from './pledge-to-vote.component.js';

defineElement('pledge-to-vote', PledgeToVote);

declare global {
  interface HTMLElementTagNameMap {
    'pledge-to-vote': PledgeToVote;
  }
}
