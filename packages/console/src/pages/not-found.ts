import { html } from 'lit';
import { ConsolePage } from '../page.js';
import { href } from '../router.js';

/** An address the console does not know, a section the organiser's scopes do not reach, or data that is not theirs. */
export class ConsoleNotFound extends ConsolePage {
  override get pageTitle(): string {
    return this.t('state.notFound');
  }

  override render() {
    return html`${this.renderHeading()}<p>${this.t('state.notFoundText')}</p><p><a href=${href('/')}>${this.t('nav.dashboard')}</a></p>`;
  }
}
customElements.get('console-not-found') || customElements.define('console-not-found', ConsoleNotFound);
