import { defineElement } from '../core/define.js';
import { ConnectLocally } from './connect-locally.component.js';

defineElement('connect-locally', ConnectLocally);

declare global {
  interface HTMLElementTagNameMap {
    'connect-locally': ConnectLocally;
  }
}
