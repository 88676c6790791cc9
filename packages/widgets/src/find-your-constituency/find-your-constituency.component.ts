import { html } from 'lit';
import { SolidarityElement, themeStyles } from '../core/index.js';
import { finderStyles } from './find-your-constituency.styles.js';

/** @summary Work in progress. @csspart base - the wrapper */
export class FindYourConstituency extends SolidarityElement {
  static override styles = [themeStyles, finderStyles];
  override render() {
    return html`<div part="base" dir=${this.direction}><h2>${this.t('finder.heading')}</h2></div>`;
  }
}
