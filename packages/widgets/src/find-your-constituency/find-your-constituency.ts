import { defineElement } from '../core/define.js';
import { FindYourConstituency } from './find-your-constituency.component.js';

defineElement('find-your-constituency', FindYourConstituency);

declare global {
  interface HTMLElementTagNameMap {
    'find-your-constituency': FindYourConstituency;
  }
}
