// Re-exported so importing this file alone brings the typed events (on elements and on document) into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { SendSolidarity } from './send-solidarity.component.js';

defineElement('send-solidarity', SendSolidarity);

declare global {
  interface HTMLElementTagNameMap {
    'send-solidarity': SendSolidarity;
  }
}
