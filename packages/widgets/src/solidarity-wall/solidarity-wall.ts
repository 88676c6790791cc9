// Re-exported so importing this file alone brings the typed events (on elements and on document) into scope.
export type * from './events.js';
import { defineElement } from '../core/define.js';
import { SolidarityWall } from './solidarity-wall.component.js';

defineElement('solidarity-wall', SolidarityWall);

declare global {
  interface HTMLElementTagNameMap {
    'solidarity-wall': SolidarityWall;
  }
}
