import { html, nothing } from 'lit';
import type { AdminCanvassSignup, CanvassSession } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import type { ConsoleConfirm } from '../confirm-dialog.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import { readSessionForm, sessionFields } from './session-form.js';

type Signup = AdminCanvassSignup;

/**
 * One session: edit (capacity too), cancel after a confirmation that names it, and its sign-ups with attendance.
 * Another organiser's session is "not found", as the API answers.
 */
export class ConsoleSession extends ConsolePage {
  static override properties = {
    ...ConsolePage.properties,
    sessionId: {},
    state: { state: true },
    editing: { state: true },
    note: { state: true },
  };
  declare sessionId: string;
  declare state: Loadable<{ session: CanvassSession; signups: readonly Signup[] }>;
  declare editing: boolean;
  declare note: { text: string; error: boolean } | undefined;

  constructor() {
    super();
    this.sessionId = '';
    this.state = { kind: 'loading' };
    this.editing = false;
    this.note = undefined;
  }

  override get pageTitle(): string {
    if (this.state.kind === 'ready') return this.t('session.title', { title: this.state.value.session.title });
    if (this.state.kind === 'not-found') return this.t('state.notFound');
    return this.t('sessions.session');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      // The sign-ups call answers 404 for a session that is not this organiser's, like the API does everywhere.
      const [signups, sessions] = await Promise.all([admin.listCanvassSignups({ session: this.sessionId }), admin.listCanvassSessions()]);
      const session = sessions.sessions.find((s) => s.id === this.sessionId);
      this.state = session ? { kind: 'ready', value: { session, signups: signups.signups } } : { kind: 'not-found' };
    } catch (error) {
      this.state = failure(error);
    }
    this.dispatchEvent(new CustomEvent('console-title', { bubbles: true, composed: true }));
  }

  #fail(error: unknown): void {
    this.note = { text: error instanceof Error ? error.message : String(error), error: true };
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { constituencyCode: _, accessibility, ...changes } = readSessionForm(event.target as HTMLFormElement);
    try {
      await admin.updateCanvassSession(this.sessionId, { ...changes, accessibility: accessibility ?? null });
      this.editing = false;
      this.note = { text: this.t('state.saved'), error: false };
      await this.load();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #cancel(event: Event, session: CanvassSession): Promise<void> {
    const dialog = this.renderRoot.querySelector<ConsoleConfirm>('console-confirm');
    const question = this.t('session.cancelConfirm', { title: session.title, when: this.formatDateTime(session.startsAt) });
    if (!dialog || !(await dialog.ask(question, this.t('session.cancel'), event.currentTarget as HTMLElement))) return;
    try {
      await admin.cancelCanvassSession(session.id);
      await this.load();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #attend(signup: Signup, attended: boolean): Promise<void> {
    try {
      await admin.setAttendance(signup.id, { attended });
      this.note = { text: this.t('state.saved'), error: false };
    } catch (error) {
      this.#fail(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      ${this.renderLoadable(this.state, ({ session, signups }) => html`
        <p>${this.formatDateTime(session.startsAt)} · ${session.constituency.name} · ${session.meetingPoint}</p>
        ${session.status === 'cancelled'
          ? html`<p class="status">${this.t('session.cancelled')}</p>`
          : html`<div class="actions">
              <button type="button" class="secondary" aria-expanded=${String(this.editing)} aria-controls="edit" @click=${() => (this.editing = !this.editing)}>${this.t('session.edit')}</button>
              <button type="button" class="danger" @click=${(e: Event) => this.#cancel(e, session)}>${this.t('session.cancel')}</button>
            </div>
            <form id="edit" ?hidden=${!this.editing} @submit=${this.#save}>
              ${sessionFields(this.lang, 'edit', session)}
              <div class="actions"><button type="submit">${this.t('action.save')}</button></div>
            </form>`}
        <h2>${this.t('session.signups')}</h2>
        ${signups.length === 0
          ? html`<p>${this.t('session.noSignups')}</p>`
          : html`<ul class="cards">${signups.map((s) => html`<li class="card">
              <h3 dir="auto">${s.name}</h3>
              <div>${s.email}${s.phone ? html` · ${s.phone}` : nothing}</div>
              <div>${this.t('session.signupStatus')}: ${this.t(`session.signup.${s.status}`)}</div>
              ${s.status === 'confirmed'
                ? html`<div class="choice">
                    <input type="checkbox" id="attended-${s.id}" .checked=${s.attended === true}
                      @change=${(e: Event) => this.#attend(s, (e.target as HTMLInputElement).checked)} />
                    <label for="attended-${s.id}">${this.t('session.attendedLabel', { name: s.name })}</label>
                  </div>`
                : nothing}
            </li>`)}</ul>`}
      `, () => void this.load())}
      <console-confirm .lang=${this.lang}></console-confirm>`;
  }
}
customElements.get('console-session') || customElements.define('console-session', ConsoleSession);
