import { html, nothing } from 'lit';
import type { AdminCanvassSignup, CanvassSession } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import { href } from '../router.js';
import { sessionCounts } from './counts.js';
import { downloadText, today } from './download.js';
import { readSessionForm, sessionFields } from './session-form.js';

/** The organiser's canvassing sessions: the list with places taken and waitlist, a form to create one, the CSV. */
export class ConsoleSessions extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true }, creating: { state: true }, note: { state: true } };
  declare state: Loadable<{ sessions: readonly CanvassSession[]; signups: readonly AdminCanvassSignup[] }>;
  declare creating: boolean;
  declare note: { text: string; error: boolean } | undefined;

  constructor() {
    super();
    this.state = { kind: 'loading' };
    this.creating = false;
    this.note = undefined;
  }

  override get pageTitle(): string {
    return this.t('sessions.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const [sessions, signups] = await Promise.all([admin.listCanvassSessions(), admin.listCanvassSignups()]);
      this.state = { kind: 'ready', value: { sessions: sessions.sessions, signups: signups.signups } };
    } catch (error) {
      this.state = failure(error);
    }
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const { accessibility, ...rest } = readSessionForm(form);
    try {
      const created = await admin.createCanvassSession(accessibility === undefined ? rest : { ...rest, accessibility });
      this.note = { text: this.t('sessions.created'), error: false };
      form.reset();
      this.creating = false;
      this.go(href(`/sessions/${created.id}`));
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  /** The seat to prefill: the organiser's only constituency, when they have exactly one. */
  get #ownSeat(): string {
    const seats = (this.me?.scopes ?? []).filter((s) => s.startsWith('constituency:'));
    return seats.length === 1 ? (seats[0] ?? '').slice('constituency:'.length) : '';
  }

  async #export(): Promise<void> {
    try {
      downloadText(await admin.exportSignupsCsv(), `sign-ups-${today()}.csv`, 'text/csv;charset=utf-8');
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <div class="actions">
        <button type="button" aria-expanded=${String(this.creating)} aria-controls="create" @click=${() => (this.creating = !this.creating)}>
          ${this.t('sessions.create')}
        </button>
        <button type="button" class="secondary" @click=${this.#export}>${this.t('sessions.exportCsv')}</button>
      </div>
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      <form id="create" ?hidden=${!this.creating} @submit=${this.#create}>
        <h2>${this.t('sessions.create')}</h2>
        ${sessionFields(this.lang, 'new', undefined, this.#ownSeat)}
        <div class="actions"><button type="submit">${this.t('action.save')}</button></div>
      </form>
      ${this.renderLoadable(this.state, ({ sessions, signups }) =>
        sessions.length === 0
          ? html`<p>${this.t('sessions.empty')}</p>`
          : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${this.pageTitle}><table>
              <thead><tr>
                <th scope="col">${this.t('sessions.session')}</th><th scope="col">${this.t('sessions.when')}</th>
                <th scope="col">${this.t('sessions.seat')}</th><th scope="col">${this.t('sessions.places')}</th>
                <th scope="col">${this.t('sessions.waitlist')}</th><th scope="col">${this.t('sessions.status')}</th>
              </tr></thead>
              <tbody>${sessions.map((s) => {
                const c = sessionCounts(s, signups);
                return html`<tr>
                  <td><a href=${href(`/sessions/${s.id}`)}>${s.title}</a></td>
                  <td>${this.formatDateTime(s.startsAt)}</td>
                  <td>${s.constituency.name}</td>
                  <td>${this.t('sessions.taken', { taken: c.taken, capacity: s.capacity })}</td>
                  <td>${c.waitlisted}</td>
                  <td>${this.t(`sessions.status.${s.status}`)}</td>
                </tr>`;
              })}</tbody>
            </table></div>`,
        () => void this.load(),
      )}`;
  }
}
customElements.get('console-sessions') || customElements.define('console-sessions', ConsoleSessions);
