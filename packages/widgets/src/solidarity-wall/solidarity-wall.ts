import { defineElement } from '../core/define.js';
import { SolidarityWall } from './solidarity-wall.component.js';

defineElement('solidarity-wall', SolidarityWall);

declare global {
  interface HTMLElementTagNameMap {
    'solidarity-wall': SolidarityWall;
  }
}
