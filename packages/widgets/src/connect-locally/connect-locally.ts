// Re-exported so importing this file alone brings the typed events (on elements and on document) into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { ConnectLocally } from './connect-locally.component.js';

defineElement('connect-locally', ConnectLocally);

declare global {
  interface HTMLElementTagNameMap {
    'connect-locally': ConnectLocally;
  }
}
