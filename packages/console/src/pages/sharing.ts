import { html, nothing } from 'lit';
import type { ReferralStats } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { inert } from '../inert.js';
import { ConsolePage, failure, type Loadable } from '../page.js';

/**
 * What "share after acting" brought, per partner (docs/sharing.md): shared links opened, the visits and actions
 * they brought, and the busiest shares by code. Counts only: the server keeps nothing about the visitors.
 */
export class ConsoleSharing extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true } };
  declare state: Loadable<ReferralStats>;

  constructor() {
    super();
    this.state = { kind: 'loading' };
  }

  override get pageTitle(): string {
    return this.t('sharing.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.state = { kind: 'ready', value: await admin.referrals() };
    } catch (error) {
      this.state = failure(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <p class="muted">${this.t('sharing.intro')}</p>
      ${this.renderLoadable(this.state, ({ partners }) =>
        partners.length === 0
          ? html`<p>${this.t('sharing.empty')}</p>`
          : html`<ul class="cards">${partners.map((p) => html`<li class="card">
                <h2>${p.partner ? inert(p.partner) : this.t('sharing.noPartner')}</h2>
                <p>${this.t('sharing.totals', { shares: p.shares, visits: p.visits, actions: p.actions })}</p>
                ${p.top.length
                  ? html`<table>
                      <caption>${this.t('sharing.topCaption')}</caption>
                      <thead><tr><th scope="col">${this.t('sharing.code')}</th><th scope="col">${this.t('sharing.visits')}</th><th scope="col">${this.t('sharing.actions')}</th></tr></thead>
                      <tbody>${p.top.map((c) => html`<tr><td><code>${c.code}</code></td><td>${c.visits}</td><td>${c.actions}</td></tr>`)}</tbody>
                    </table>`
                  : nothing}
              </li>`)}</ul>`,
        () => void this.load(),
      )}`;
  }
}

customElements.get('console-sharing') || customElements.define('console-sharing', ConsoleSharing);
