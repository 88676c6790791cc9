import { html, nothing } from 'lit';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n.js';
import { ConsolePage } from '../page.js';
import { admin } from '../api.js';
import { signOut, type NotifyChoice } from '../session.js';

const NOTIFY: readonly NotifyChoice[] = ['immediate', 'digest', 'off'];

/** The organiser's own choices (console language, how to hear of sign-ups) and signing out, here or everywhere. */
export class ConsoleSettings extends ConsolePage {
  static override properties = { ...ConsolePage.properties, note: { state: true } };
  declare note: { text: string; error: boolean } | undefined;

  constructor() {
    super();
    this.note = undefined;
  }

  override get pageTitle(): string {
    return this.t('settings.title');
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    try {
      const language = LANGUAGES.find((l) => l === data.get('language'));
      const notify = NOTIFY.find((n) => n === data.get('notify'));
      const { organiser } = await admin.updateMe({ ...(language ? { language } : {}), ...(notify ? { notify } : {}) });
      this.dispatchEvent(new CustomEvent('console-me', { detail: organiser, bubbles: true, composed: true }));
      this.note = { text: this.t('state.saved'), error: false };
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  async #signOut(everywhere: boolean): Promise<void> {
    try {
      await signOut(everywhere);
    } finally {
      this.dispatchEvent(new CustomEvent('console-signed-out', { bubbles: true, composed: true }));
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <form @submit=${this.#save}>
        <label for="language">${this.t('settings.language')}</label>
        <select id="language" name="language">
          ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${this.me?.language === l}>${LANGUAGE_NAMES[l]}</option>`)}
        </select>
        <fieldset>
          <legend>${this.t('settings.notify')}</legend>
          ${NOTIFY.map((n) => html`<div class="choice"><input type="radio" id="notify-${n}" name="notify" value=${n} ?checked=${this.me?.notify === n} />
            <label for="notify-${n}">${this.t(`settings.notify.${n}`)}</label></div>`)}
        </fieldset>
        <div class="actions"><button type="submit">${this.t('action.save')}</button></div>
      </form>
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      <h2>${this.t('settings.signOut')}</h2>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.#signOut(false)}>${this.t('settings.signOut')}</button>
        <button type="button" class="danger" @click=${() => this.#signOut(true)}>${this.t('settings.signOutEverywhere')}</button>
      </div>
      <p class="muted">${this.t('settings.signOutEverywhereText')}</p>`;
  }
}
customElements.get('console-settings') || customElements.define('console-settings', ConsoleSettings);
