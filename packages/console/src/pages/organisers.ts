import { html, nothing } from 'lit';
import type { ConsoleConfirm } from '../confirm-dialog.js';
import { ConsolePage, failure, type Loadable } from '../page.js';
import type { Organiser } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';

/** Scopes as typed: one per line or comma-separated (`admin`, `partner:<slug>`, `constituency:<code>`). */
const parseScopes = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Organisers and their scopes: add one, change scopes, disable (admins only: the app hides this page from others). */
export class ConsoleOrganisers extends ConsolePage {
  static override properties = { ...ConsolePage.properties, state: { state: true }, note: { state: true } };
  declare state: Loadable<readonly Organiser[]>;
  declare note: { text: string; error: boolean } | undefined;

  constructor() {
    super();
    this.state = { kind: 'loading' };
    this.note = undefined;
  }

  override get pageTitle(): string {
    return this.t('organisers.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.state = { kind: 'ready', value: (await admin.listOrganisers()).organisers };
    } catch (error) {
      this.state = failure(error);
    }
  }

  #fail(error: unknown): void {
    this.note = { text: error instanceof Error ? error.message : String(error), error: true };
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    try {
      await admin.createOrganiser({
        email: String(data.get('email') ?? '').trim(),
        name: String(data.get('name') ?? '').trim(),
        scopes: parseScopes(String(data.get('scopes') ?? '')),
      });
      form.reset();
      this.note = { text: this.t('state.saved'), error: false };
      await this.load();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #saveScopes(event: SubmitEvent, organiser: Organiser): Promise<void> {
    event.preventDefault();
    try {
      await admin.updateOrganiser(organiser.id, { scopes: parseScopes(String(new FormData(event.target as HTMLFormElement).get('scopes') ?? '')) });
      this.note = { text: this.t('state.saved'), error: false };
      await this.load();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #disable(event: Event, organiser: Organiser): Promise<void> {
    const dialog = this.renderRoot.querySelector<ConsoleConfirm>('console-confirm');
    const question = this.t('organisers.disableConfirm', { name: organiser.name, email: organiser.email });
    if (!dialog || !(await dialog.ask(question, this.t('organisers.disable'), event.currentTarget as HTMLElement))) return;
    try {
      await admin.disableOrganiser(organiser.id);
      await this.load();
    } catch (error) {
      this.#fail(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      <p class="muted">${this.t('organisers.scopesHelp')}</p>
      ${this.renderLoadable(this.state, (rows) =>
        rows.length === 0
          ? html`<p>${this.t('organisers.empty')}</p>`
          : html`<ul class="cards">${rows.map((o) => html`<li class="card">
              <h2 dir="auto">${o.name}</h2>
              <div>${o.email}${o.disabledAt ? html` · ${this.t('organisers.disabled')}` : nothing}</div>
              <form @submit=${(e: SubmitEvent) => this.#saveScopes(e, o)}>
                <label for="scopes-${o.id}">${this.t('organisers.scopesOf', { name: o.name })}</label>
                <input id="scopes-${o.id}" name="scopes" required .value=${o.scopes.join(', ')} />
                <div class="actions">
                  <button type="submit" class="secondary">${this.t('action.save')}</button>
                  ${o.disabledAt ? nothing : html`<button type="button" class="danger" @click=${(e: Event) => this.#disable(e, o)}>${this.t('organisers.disable')}</button>`}
                </div>
              </form>
            </li>`)}</ul>`,
        () => void this.load(),
      )}
      <form @submit=${this.#add}>
        <h2>${this.t('organisers.add')}</h2>
        <label for="new-name">${this.t('session.name')}</label>
        <input id="new-name" name="name" required />
        <label for="new-email">${this.t('signIn.email')}</label>
        <input id="new-email" name="email" type="email" required />
        <label for="new-scopes">${this.t('organisers.scopes')}</label>
        <input id="new-scopes" name="scopes" required placeholder="constituency:E14001331" />
        <div class="actions"><button type="submit">${this.t('organisers.add')}</button></div>
      </form>
      <console-confirm .lang=${this.lang}></console-confirm>`;
  }
}
customElements.get('console-organisers') || customElements.define('console-organisers', ConsoleOrganisers);
