import { defineElement } from '../core/define.js';
import { SendSolidarity } from './send-solidarity.component.js';

defineElement('send-solidarity', SendSolidarity);

declare global {
  interface HTMLElementTagNameMap {
    'send-solidarity': SendSolidarity;
  }
}
