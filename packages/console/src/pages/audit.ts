import { html, nothing } from 'lit';
import type { AuditEntry } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { inert } from '../inert.js';
import { ConsolePage, failure, type Loadable } from '../page.js';

/** Who exported, erased, approved or changed what, and when: newest first, older pages on request. */
export class ConsoleAudit extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true } };
  declare state: Loadable<{ entries: readonly AuditEntry[]; nextCursor: string | null }>;

  constructor() {
    super();
    this.state = { kind: 'loading' };
  }

  override get pageTitle(): string {
    return this.t('audit.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const page = await admin.auditLog();
      this.state = { kind: 'ready', value: page };
    } catch (error) {
      this.state = failure(error);
    }
  }

  async #older(cursor: string, shown: readonly AuditEntry[]): Promise<void> {
    try {
      const page = await admin.auditLog({ cursor });
      this.state = { kind: 'ready', value: { entries: [...shown, ...page.entries], nextCursor: page.nextCursor } };
    } catch (error) {
      this.state = failure(error);
    }
  }

  #details(entry: AuditEntry): string {
    const parts = Object.entries(entry.details).map(([k, v]) => `${k}: ${String(v)}`);
    if (entry.constituency) parts.unshift(entry.constituency);
    if (entry.partner) parts.unshift(entry.partner);
    return parts.join(' · ');
  }

  override render() {
    return html`${this.renderHeading()}
      ${this.renderLoadable(this.state, ({ entries, nextCursor }) =>
        entries.length === 0
          ? html`<p>${this.t('audit.empty')}</p>`
          : html`<ul class="cards">${entries.map((e) => html`<li class="card">
                <div dir="auto">${this.t('audit.by', { when: this.formatDateTime(e.at), actor: inert(e.actor.name) })}</div>
                <div><strong>${this.t(`audit.action.${e.action}`)}</strong></div>
                ${this.#details(e) ? html`<div class="muted">${inert(this.#details(e))}</div>` : nothing}
              </li>`)}</ul>
              ${nextCursor
                ? html`<div class="actions"><button type="button" class="secondary" @click=${() => this.#older(nextCursor, entries)}>${this.t('audit.older')}</button></div>`
                : nothing}`,
        () => void this.load(),
      )}`;
  }
}
customElements.get('console-audit') || customElements.define('console-audit', ConsoleAudit);
