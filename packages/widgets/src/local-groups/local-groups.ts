// Re-exported so importing this file alone brings the typed events (on elements and on document) into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { LocalGroups } from './local-groups.component.js';

defineElement('local-groups', LocalGroups);

declare global {
  interface HTMLElementTagNameMap {
    'local-groups': LocalGroups;
  }
}
