import { html, nothing } from 'lit';
import { admin } from '../api.js';
import type { ConsoleConfirm } from '../confirm-dialog.js';
import { ConsolePage } from '../page.js';

/** Erase a person (by email) or one message (by id), each after a confirmation that names what will go. */
export class ConsoleErase extends ConsolePage {
  static override properties = { ...ConsolePage.properties, note: { state: true } };
  declare note: { text: string; error: boolean } | undefined;

  constructor() {
    super();
    this.note = undefined;
  }

  override get pageTitle(): string {
    return this.t('erase.title');
  }

  async #confirm(question: string, label: string, from: HTMLElement | null): Promise<boolean> {
    const dialog = this.renderRoot.querySelector<ConsoleConfirm>('console-confirm');
    return dialog ? dialog.ask(question, label, from) : false;
  }

  #fail(error: unknown): void {
    this.note = { text: error instanceof Error ? error.message : String(error), error: true };
  }

  async #person(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const email = String(new FormData(form).get('email') ?? '').trim();
    if (!email || !(await this.#confirm(this.t('erase.personConfirm', { email }), this.t('erase.person'), event.submitter))) return;
    try {
      const { erased } = await admin.erasePerson(email);
      this.note = {
        text: this.t('erase.personDone', { signups: erased.canvassSignups, messages: erased.solidarityMessages, introductions: erased.introductions }),
        error: false,
      };
      form.reset();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #message(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const id = String(new FormData(form).get('id') ?? '').trim().toLowerCase();
    if (!id || !(await this.#confirm(this.t('erase.messageConfirm', { id }), this.t('erase.message'), event.submitter))) return;
    try {
      await admin.eraseMessage(id);
      this.note = { text: this.t('erase.messageDone'), error: false };
      form.reset();
    } catch (error) {
      this.#fail(error);
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <p>${this.t('erase.intro')}</p>
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      <form @submit=${this.#person}>
        <h2>${this.t('erase.person')}</h2>
        <label for="email">${this.t('erase.personEmail')}</label>
        <input id="email" name="email" type="email" required />
        <div class="actions"><button type="submit" class="danger">${this.t('erase.personButton')}</button></div>
      </form>
      <form @submit=${this.#message}>
        <h2>${this.t('erase.message')}</h2>
        <label for="id">${this.t('erase.messageId')}</label>
        <input id="id" name="id" required pattern="[0-9a-fA-F-]{36}" />
        <div class="actions"><button type="submit" class="danger">${this.t('erase.messageButton')}</button></div>
      </form>
      <console-confirm .lang=${this.lang}></console-confirm>`;
  }
}
customElements.get('console-erase') || customElements.define('console-erase', ConsoleErase);
