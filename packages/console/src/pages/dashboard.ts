import { html } from 'lit';
import type { AdminCanvassSignup, CanvassSession } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import { href } from '../router.js';
import { canModerate, canOrganise } from '../session.js';
import { sessionCounts } from './counts.js';

interface Summary {
  readonly sessions: readonly CanvassSession[];
  readonly signups: readonly AdminCanvassSignup[];
  readonly waiting: number | undefined;
  readonly newIntroductions: number | undefined;
}

/** What needs attention: the next sessions (places taken, capacity, waitlist), messages waiting, new introductions. */
export class ConsoleDashboard extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true } };
  declare state: Loadable<Summary>;

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
      const organises = canOrganise(this.me);
      const [sessions, signups, queue, intros] = await Promise.all([
        organises ? admin.listCanvassSessions() : Promise.resolve({ sessions: [] }),
        organises ? admin.listCanvassSignups() : Promise.resolve({ signups: [] }),
        canModerate(this.me) ? admin.moderationQueue({ status: 'pending' }) : Promise.resolve(undefined),
        organises ? admin.introductions({ status: 'new' }) : Promise.resolve(undefined),
      ]);
      const now = Date.now();
      const next = sessions.sessions.filter((s) => s.status !== 'cancelled' && Date.parse(s.endsAt) >= now).slice(0, 5);
      this.state = {
        kind: 'ready',
        value: { sessions: next, signups: signups.signups, waiting: queue?.messages.length, newIntroductions: intros?.introductions.length },
      };
    } catch (error) {
      this.state = failure(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
    ${this.renderLoadable(this.state, (s) => html`
      <h2>${this.t('dashboard.next')}</h2>
      ${s.sessions.length === 0
        ? html`<p>${this.t('dashboard.noSessions')}</p>`
        : html`<ul class="cards">
            ${s.sessions.map((session) => {
              const counts = sessionCounts(session, s.signups);
              return html`<li class="card">
                <a href=${href(`/sessions/${session.id}`)}>${session.title}</a>
                <div>${this.formatDateTime(session.startsAt)} · ${session.constituency.name}</div>
                <div>${this.t('sessions.places')}: ${this.t('sessions.taken', { taken: counts.taken, capacity: session.capacity })} ·
                  ${this.t('sessions.waitlist')}: ${counts.waitlisted}</div>
              </li>`;
            })}
          </ul>`}
      ${s.waiting === undefined ? '' : html`<h2>${this.t('dashboard.waiting')}</h2>
        <p><a href=${href('/moderation')}>${s.waiting}</a></p>`}
      ${s.newIntroductions === undefined ? '' : html`<h2>${this.t('dashboard.newIntroductions')}</h2>
        <p><a href=${href('/introductions')}>${s.newIntroductions}</a></p>`}
    `, () => void this.load())}`;
  }
}
customElements.get('console-dashboard') || customElements.define('console-dashboard', ConsoleDashboard);
