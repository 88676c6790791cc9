import { html } from 'lit';
import { ConsolePage, failure, type Loadable } from '../page.js';
import { listOrganisers, type OrganiserRow } from '../session.js';

/** Organisers and their scopes (admins only: the app hides this page from everyone else). */
export class ConsoleOrganisers extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true } };
  declare state: Loadable<readonly OrganiserRow[]>;

  constructor() {
    super();
    this.state = { kind: 'loading' };
  }

  override get pageTitle(): string {
    return this.t('organisers.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.state = { kind: 'ready', value: (await listOrganisers()).organisers };
    } catch (error) {
      this.state = failure(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
      ${this.state.kind === 'not-found'
        ? html`<p>${this.t('organisers.unavailable')}</p>`
        : this.renderLoadable(this.state, (rows) =>
            rows.length === 0
              ? html`<p>${this.t('organisers.empty')}</p>`
              : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${this.pageTitle}><table>
                  <thead><tr><th scope="col">${this.t('session.name')}</th><th scope="col">${this.t('session.contact')}</th><th scope="col">${this.t('organisers.scopes')}</th></tr></thead>
                  <tbody>${rows.map((o) => html`<tr><td dir="auto">${o.name}</td><td>${o.email}</td><td>${o.scopes.join(', ')}</td></tr>`)}</tbody>
                </table></div>`,
            () => void this.load(),
          )}`;
  }
}
customElements.get('console-organisers') || customElements.define('console-organisers', ConsoleOrganisers);
