// Re-exported so importing this file alone brings the typed events (on elements and on document) into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { SignUpToCanvass } from './sign-up-to-canvass.component.js';

defineElement('sign-up-to-canvass', SignUpToCanvass);

declare global {
  interface HTMLElementTagNameMap {
    'sign-up-to-canvass': SignUpToCanvass;
  }
}
