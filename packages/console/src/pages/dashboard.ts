import { html, nothing } from 'lit';
import type { Dashboard } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import { href } from '../router.js';
import { canOrganise } from '../session.js';

/** What needs attention: the next sessions (places taken, capacity, waitlist), messages waiting, new introductions. */
export class ConsoleDashboard extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true } };
  declare state: Loadable<Dashboard>;

  constructor() {
    super();
    this.state = { kind: 'loading' };
  }

  override get pageTitle(): string {
    return this.t('dashboard.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.state = { kind: 'loading' };
    try {
      this.state = { kind: 'ready', value: await admin.dashboard() };
    } catch (error) {
      this.state = failure(error);
    }
  }

  override render() {
    const organises = canOrganise(this.me);
    return html`${this.renderHeading()}
    ${this.renderLoadable(this.state, (d) => html`
      ${organises
        ? html`<h2>${this.t('dashboard.next')}</h2>
          ${d.sessions.length === 0
            ? html`<p>${this.t('dashboard.noSessions')}</p>`
            : html`<ul class="cards">
                ${d.sessions.map((s) => html`<li class="card">
                  <a href=${href(`/sessions/${s.id}`)}>${s.title}</a>
                  <div>${this.formatDateTime(s.startsAt)} · ${s.constituency.name}</div>
                  <div>${this.t('sessions.places')}: ${this.t('sessions.taken', { taken: s.placesTaken, capacity: s.capacity })} ·
                    ${this.t('sessions.waitlist')}: ${s.waitlisted}</div>
                </li>`)}
              </ul>`}`
        : nothing}
      ${d.messagesWaiting === null
        ? nothing
        : html`<h2>${this.t('dashboard.waiting')}</h2><p><a href=${href('/moderation')}>${this.t('dashboard.waitingCount', { count: d.messagesWaiting })}</a></p>`}
      ${organises
        ? html`<h2>${this.t('dashboard.newIntroductions')}</h2>
            <p><a href=${href('/introductions')}>${this.t('dashboard.newSince', { count: d.newIntroductions, since: this.formatDateTime(d.since) })}</a></p>`
        : nothing}
    `, () => void this.load())}`;
  }
}
customElements.get('console-dashboard') || customElements.define('console-dashboard', ConsoleDashboard);
