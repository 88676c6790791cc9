import { html, nothing } from 'lit';
import { INTRODUCTION_NOTES_MAX, type Introduction, type IntroductionStatus } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { inert } from '../inert.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import { downloadText, today } from './download.js';

const STATUSES: readonly IntroductionStatus[] = ['new', 'contacted', 'closed'];

/** Organisations that asked to be introduced to the local campaign: their status, and the CSV. */
export class ConsoleIntroductions extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true }, note: { state: true } };
  declare state: Loadable<readonly Introduction[]>;
  declare note: { text: string; error: boolean } | undefined;

  constructor() {
    super();
    this.state = { kind: 'loading' };
    this.note = undefined;
  }

  override get pageTitle(): string {
    return this.t('introductions.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.state = { kind: 'ready', value: (await admin.introductions()).introductions };
    } catch (error) {
      this.state = failure(error);
    }
  }

  async #setStatus(intro: Introduction, status: IntroductionStatus): Promise<void> {
    await this.#update(intro, { status }, this.t('state.saved'));
  }

  /** Saves the notes as typed; on failure the textarea keeps them and the error says why. */
  async #saveNotes(intro: Introduction, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const notes = new FormData(event.target as HTMLFormElement).get('notes');
    await this.#update(intro, { notes: typeof notes === 'string' ? notes : '' }, this.t('introductions.notesSaved'));
  }

  async #update(intro: Introduction, change: { status?: IntroductionStatus; notes?: string }, saved: string): Promise<void> {
    try {
      const updated = await admin.updateIntroduction(intro.id, change);
      if (this.state.kind === 'ready') this.state = { kind: 'ready', value: this.state.value.map((i) => (i.id === updated.id ? updated : i)) };
      this.note = { text: saved, error: false };
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  async #export(): Promise<void> {
    try {
      downloadText(await admin.exportIntroductionsCsv(), `introductions-${today()}.csv`, 'text/csv;charset=utf-8');
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <div class="actions"><button type="button" class="secondary" @click=${this.#export}>${this.t('introductions.exportCsv')}</button></div>
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      ${this.renderLoadable(this.state, (intros) =>
        intros.length === 0
          ? html`<p>${this.t('introductions.empty')}</p>`
          : html`<ul class="cards">${intros.map((i) => html`<li class="card">
              <h2 dir="auto">${inert(i.organisation)}</h2>
              <div dir="auto">${this.t('introductions.contact', { name: inert(i.contactName), email: i.email })}</div>
              <div>${i.constituencies.map((c) => c.name).join(', ')} · ${this.formatDateTime(i.createdAt)}</div>
              ${i.offers.length ? html`<div>${this.t('introductions.offers', { offers: i.offers.join(', ') })}</div>` : nothing}
              ${i.message ? html`<p class="message-text" dir="auto">${inert(i.message)}</p>` : nothing}
              <label for="status-${i.id}">${this.t('introductions.statusOf', { organisation: inert(i.organisation) })}</label>
              <select id="status-${i.id}" @change=${(e: Event) => this.#setStatus(i, (e.target as HTMLSelectElement).value as IntroductionStatus)}>
                ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === i.status}>${this.t(`introductions.status.${s}`)}</option>`)}
              </select>
              <form class="notes" @submit=${(e: SubmitEvent) => this.#saveNotes(i, e)}>
                <label for="notes-${i.id}">${this.t('introductions.notesOf', { organisation: inert(i.organisation) })}</label>
                <p class="hint" id="notes-hint-${i.id}">${this.t('introductions.notesHint')}</p>
                <textarea id="notes-${i.id}" name="notes" rows="3" maxlength=${INTRODUCTION_NOTES_MAX} dir="auto"
                  aria-describedby="notes-hint-${i.id}" .value=${i.notes ?? ''}></textarea>
                <button type="submit" class="secondary">${this.t('introductions.saveNotes')}</button>
              </form>
            </li>`)}</ul>`,
        () => void this.load(),
      )}`;
  }
}
customElements.get('console-introductions') || customElements.define('console-introductions', ConsoleIntroductions);
