import { html, nothing } from 'lit';
import type { PledgeSummaryRow } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { inert } from '../inert.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import { downloadText, today } from './download.js';

/**
 * Pledges to vote per constituency and partner (docs/pledges.md), with how many asked for reminders, and the same
 * counts as a CSV. Counts only: the server shows nobody's details. Organisers see their seats, partners their pages.
 */
export class ConsolePledges extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true }, note: { state: true } };
  declare state: Loadable<readonly PledgeSummaryRow[]>;
  declare note: string | undefined;

  constructor() {
    super();
    this.state = { kind: 'loading' };
    this.note = undefined;
  }

  override get pageTitle(): string {
    return this.t('pledges.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.state = { kind: 'ready', value: (await admin.pledgeSummary()).rows };
    } catch (error) {
      this.state = failure(error);
    }
  }

  async #export(): Promise<void> {
    try {
      this.note = undefined;
      downloadText(await admin.exportPledgeSummaryCsv(), `pledges-${today()}.csv`, 'text/csv;charset=utf-8');
    } catch (error) {
      this.note = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <p class="muted">${this.t('pledges.intro')}</p>
      ${this.note ? html`<p class="status error" role="alert">${this.note}</p>` : nothing}
      ${this.renderLoadable(this.state, (rows) =>
        rows.length === 0
          ? html`<p>${this.t('pledges.empty')}</p>`
          : html`<div class="actions"><button type="button" class="secondary" @click=${this.#export}>${this.t('pledges.exportCsv')}</button></div>
              <div class="table-wrap" tabindex="0" role="region" aria-label=${this.t('pledges.caption')}><table>
                <caption>${this.t('pledges.caption')}</caption>
                <thead><tr>
                  <th scope="col">${this.t('pledges.constituency')}</th>
                  <th scope="col">${this.t('pledges.partner')}</th>
                  <th scope="col">${this.t('pledges.count')}</th>
                  <th scope="col">${this.t('pledges.withReminders')}</th>
                </tr></thead>
                <tbody>${rows.map((r) => html`<tr>
                  <th scope="row">${r.constituencyName}</th>
                  <td>${inert(r.partner)}</td>
                  <td>${r.count}</td>
                  <td>${r.withReminders}</td>
                </tr>`)}</tbody>
              </table></div>`,
        () => void this.load(),
      )}`;
  }
}

customElements.get('console-pledges') || customElements.define('console-pledges', ConsolePledges);
