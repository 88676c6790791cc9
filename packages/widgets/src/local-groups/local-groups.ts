import { defineElement } from '../core/define.js';
import { LocalGroups } from './local-groups.component.js';

defineElement('local-groups', LocalGroups);

declare global {
  interface HTMLElementTagNameMap {
    'local-groups': LocalGroups;
  }
}
