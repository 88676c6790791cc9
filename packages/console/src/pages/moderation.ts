import { html, nothing } from 'lit';
import type { ModerationQueueItem } from '@solidarity-widgets/sdk/admin';
import { admin } from '../api.js';
import { trapTab } from '../focus-trap.js';
import { inert } from '../inert.js';
import { ConsolePage, failure, type Loadable } from '../page.js';

/**
 * The moderation queue. Each message is shown exactly and inertly (control characters and bidi overrides as
 * visible `\uXXXX`, rendered as text, `dir="auto"`). Keyboard: j / k move between messages, a approves the selected
 * one, r asks for a reason and rejects it; the shortcuts are listed on the page and never fire while typing.
 */
export class ConsoleModeration extends ConsolePage {
  static override properties = {
    ...ConsolePage.properties,
    state: { state: true },
    selected: { state: true },
    note: { state: true },
    rejecting: { state: true },
  };
  declare state: Loadable<readonly ModerationQueueItem[]>;
  declare selected: number;
  declare note: { text: string; error: boolean } | undefined;
  declare rejecting: ModerationQueueItem | undefined;
  #returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this.state = { kind: 'loading' };
    this.selected = 0;
    this.note = undefined;
    this.rejecting = undefined;
  }

  // The shortcuts work wherever focus is on the page (after a reload it is on the body), except while typing.
  #keydown = (e: KeyboardEvent): void => this.#onKey(e);

  override get pageTitle(): string {
    return this.t('moderation.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#keydown);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#keydown);
  }

  async load(): Promise<void> {
    try {
      const { messages } = await admin.moderationQueue({ status: 'pending' });
      this.state = { kind: 'ready', value: messages };
      this.selected = Math.min(this.selected, Math.max(0, messages.length - 1));
    } catch (error) {
      this.state = failure(error);
    }
  }

  get #messages(): readonly ModerationQueueItem[] {
    return this.state.kind === 'ready' ? this.state.value : [];
  }

  #onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || this.rejecting) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    if (target instanceof HTMLElement && target.isContentEditable) return;
    const messages = this.#messages;
    const current = messages[this.selected];
    switch (event.key) {
      case 'j':
        this.#select(Math.min(this.selected + 1, messages.length - 1));
        break;
      case 'k':
        this.#select(Math.max(this.selected - 1, 0));
        break;
      case 'a':
        if (current) void this.#approve(current);
        break;
      case 'r':
        if (current) void this.#askReject(current, this.#card(this.selected));
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  #card(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
  }

  async #select(index: number): Promise<void> {
    if (index < 0) return;
    this.selected = index;
    await this.updateComplete;
    this.#card(index)?.focus();
  }

  async #approve(message: ModerationQueueItem): Promise<void> {
    try {
      await admin.moderateMessage(message.id, { decision: 'approve' });
      this.note = { text: this.t('moderation.approved'), error: false };
      await this.load();
      await this.#select(this.selected);
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  async #askReject(message: ModerationQueueItem, from: HTMLElement | null): Promise<void> {
    this.#returnFocus = from;
    this.rejecting = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLDialogElement>('#reject')?.showModal();
    this.renderRoot.querySelector<HTMLTextAreaElement>('#reason')?.focus();
  }

  #closeReject(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('#reject')?.close();
    this.rejecting = undefined;
    this.#returnFocus?.focus();
  }

  async #reject(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const message = this.rejecting;
    if (!message) return;
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    try {
      await admin.moderateMessage(message.id, reason ? { decision: 'reject', reason } : { decision: 'reject' });
      this.#closeReject();
      this.note = { text: this.t('moderation.rejected'), error: false };
      await this.load();
      await this.#select(this.selected);
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <p id="shortcuts">${this.t('moderation.shortcuts')}</p>
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}
      ${this.renderLoadable(this.state, (messages) =>
        messages.length === 0
          ? html`<p>${this.t('moderation.empty')}</p>`
          : html`<ol class="cards">${messages.map((m, i) => html`
              <li class="card" data-index=${i} tabindex="-1" aria-current=${i === this.selected ? 'true' : 'false'}
                aria-label=${this.t('moderation.position', { index: i + 1, count: messages.length })} @focus=${() => (this.selected = i)}>
                <div dir="auto">${this.t('moderation.from', { name: inert(m.name) })}</div>
                ${m.organisation ? html`<div dir="auto">${this.t('moderation.organisation', { organisation: inert(m.organisation) })}</div>` : nothing}
                <div>${this.t('moderation.country', { country: m.country })} · ${this.formatDateTime(m.createdAt)}</div>
                ${m.sentQuickly ? html`<div class="muted">${this.t('moderation.quick')}</div>` : nothing}
                <p class="message-text" dir="auto" lang=${m.language}>${inert(m.message)}</p>
                <div class="actions">
                  <button type="button" @click=${() => this.#approve(m)}>${this.t('moderation.approve')}</button>
                  <button type="button" class="danger" @click=${(e: Event) => this.#askReject(m, e.currentTarget as HTMLElement)}>${this.t('moderation.reject')}</button>
                </div>
              </li>`)}</ol>`,
        () => void this.load(),
      )}
      <dialog id="reject" aria-labelledby="reject-title" @keydown=${trapTab} @cancel=${(e: Event) => (e.preventDefault(), this.#closeReject())}>
        <form @submit=${this.#reject}>
          <h2 id="reject-title">${this.t('moderation.rejectConfirm')}</h2>
          ${this.rejecting ? html`<p class="message-text" dir="auto">${inert(this.rejecting.message)}</p>` : nothing}
          <label for="reason">${this.t('moderation.reason')}</label>
          <textarea id="reason" name="reason" maxlength="300" rows="3"></textarea>
          <div class="actions">
            <button type="button" class="secondary" @click=${() => this.#closeReject()}>${this.t('action.cancel')}</button>
            <button type="submit" class="danger">${this.t('moderation.reject')}</button>
          </div>
        </form>
      </dialog>`;
  }
}
customElements.get('console-moderation') || customElements.define('console-moderation', ConsoleModeration);
