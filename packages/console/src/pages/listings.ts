import { html, nothing } from 'lit';
import type { Introduction } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { inert } from '../inert.js';
import { ConsolePage, failure, type Loadable } from '../page.js';

/** Directory listings organisations asked for, waiting for an organiser to approve or reject them. */
export class ConsoleListings extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true }, note: { state: true } };
  declare state: Loadable<readonly Introduction[]>;
  declare note: { text: string; error: boolean } | undefined;

  constructor() {
    super();
    this.state = { kind: 'loading' };
    this.note = undefined;
  }

  override get pageTitle(): string {
    return this.t('listings.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.state = { kind: 'ready', value: (await admin.introductions({ listing: 'pending' })).introductions };
    } catch (error) {
      this.state = failure(error);
    }
  }

  async #decide(intro: Introduction, decision: 'approve' | 'reject'): Promise<void> {
    try {
      await admin.decideListing(intro.id, { decision });
      this.note = { text: this.t('listings.done'), error: false };
      await this.load();
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  override render() {
    return html`${this.renderHeading()}
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      ${this.renderLoadable(this.state, (intros) =>
        intros.length === 0
          ? html`<p>${this.t('listings.empty')}</p>`
          : html`<ul class="cards">${intros.map((i) => html`<li class="card">
              <h2 dir="auto">${inert(i.organisation)}</h2>
              <div>${i.constituencies.map((c) => c.name).join(', ')}</div>
              ${i.communities ? html`<div dir="auto">${inert(i.communities)}</div>` : nothing}
              <div class="actions">
                <button type="button" aria-label="${this.t('listings.approve')}: ${inert(i.organisation)}" @click=${() => this.#decide(i, 'approve')}>${this.t('listings.approve')}</button>
                <button type="button" class="danger" aria-label="${this.t('listings.reject')}: ${inert(i.organisation)}" @click=${() => this.#decide(i, 'reject')}>${this.t('listings.reject')}</button>
              </div>
            </li>`)}</ul>`,
        () => void this.load(),
      )}`;
  }
}
customElements.get('console-listings') || customElements.define('console-listings', ConsoleListings);
