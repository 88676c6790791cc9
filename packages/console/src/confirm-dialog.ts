import { LitElement, html } from 'lit';
import { trapTab } from './focus-trap.js';
import { t } from './i18n.js';
import { pageStyles } from './styles.js';

/**
 * A confirmation that names what will happen, in a native modal `<dialog>`: the rest of the page is inert while it
 * is open (focus stays inside), Escape cancels, and focus goes back to the control that opened it.
 */
export class ConsoleConfirm extends LitElement {
  static override styles = [pageStyles];
  static override properties = { lang: {}, text: { state: true }, confirmLabel: { state: true } };

  declare lang: string;
  declare text: string;
  declare confirmLabel: string;
  #resolve: ((ok: boolean) => void) | undefined;
  #returnTo: HTMLElement | null = null;

  constructor() {
    super();
    this.lang = 'en';
    this.text = '';
    this.confirmLabel = '';
  }

  /** Shows the question; resolves `true` only when the organiser presses the confirming button. */
  async ask(text: string, confirmLabel: string, returnTo: HTMLElement | null): Promise<boolean> {
    this.text = text;
    this.confirmLabel = confirmLabel;
    this.#returnTo = returnTo;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    dialog?.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button.secondary')?.focus();
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  #finish(ok: boolean): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    this.#resolve?.(ok);
    this.#resolve = undefined;
    this.#returnTo?.focus();
  }

  override render() {
    return html`<dialog aria-labelledby="q" @keydown=${trapTab} @cancel=${(e: Event) => (e.preventDefault(), this.#finish(false))}>
      <p id="q">${this.text}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.#finish(false)}>${t(this.lang, 'action.cancel')}</button>
        <button type="button" class="danger" @click=${() => this.#finish(true)}>${this.confirmLabel}</button>
      </div>
    </dialog>`;
  }
}
customElements.get('console-confirm') || customElements.define('console-confirm', ConsoleConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'console-confirm': ConsoleConfirm;
  }
}
