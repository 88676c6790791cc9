import { html } from 'lit';
import { inert } from '../inert.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import type { AuditEntry } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';

/** Who exported, erased, approved or changed what, and when. */
export class ConsoleAudit extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true } };
  declare state: Loadable<readonly AuditEntry[]>;

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
      this.state = { kind: 'ready', value: (await admin.auditLog()).entries };
    } catch (error) {
      this.state = failure(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
      ${this.renderLoadable(this.state, (entries) =>
            entries.length === 0
              ? html`<p>${this.t('audit.empty')}</p>`
              : html`<ul class="cards">${entries.map((e) => html`<li class="card">
                  <div>${this.formatDateTime(e.at)} · ${inert(e.actor.name)}</div>
                  <div>${e.action}${e.subject ? html` · ${e.subject.type} ${e.subject.id}` : ''}</div>
                </li>`)}</ul>`,
            () => void this.load(),
          )}`;
  }
}
customElements.get('console-audit') || customElements.define('console-audit', ConsoleAudit);
