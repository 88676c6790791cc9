// Re-exported so importing this file alone brings the typed events (on elements and on document) into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { FindYourConstituency } from './find-your-constituency.component.js';

defineElement('find-your-constituency', FindYourConstituency);

declare global {
  interface HTMLElementTagNameMap {
    'find-your-constituency': FindYourConstituency;
  }
}
