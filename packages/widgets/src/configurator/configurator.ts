import { defineElement } from '../core/define.js';
import { SolidarityConfigurator } from './configurator.component.js';

defineElement('solidarity-configurator', SolidarityConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'solidarity-configurator': SolidarityConfigurator;
  }
}
