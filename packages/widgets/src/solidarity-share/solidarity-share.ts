// Re-exported so importing this file alone brings the typed event into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { SolidarityShare } from './solidarity-share.component.js';

defineElement('solidarity-share', SolidarityShare);

declare global {
  interface HTMLElementTagNameMap {
    'solidarity-share': SolidarityShare;
  }
}
