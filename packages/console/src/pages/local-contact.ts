import { html, nothing } from 'lit';
import { createClient, HttpError, type LocalContact } from '@solidarity-widgets/sdk';
import { admin } from '../api.js';
import { ConsolePage, failure, type Loadable } from '../page.js';

/** Sets the public local contact of a constituency the organiser organises (the finder shows it). */
export class ConsoleLocalContact extends ConsolePage {
  static override properties = { ...ConsolePage.properties, note: { state: true }, current: { state: true } };
  declare note: { text: string; error: boolean } | undefined;
  /** The seat's contact as supporters see it now (`null`: none yet), to edit rather than retype. */
  declare current: Loadable<LocalContact | null>;

  constructor() {
    super();
    this.note = undefined;
    this.current = { kind: 'ready', value: null };
  }

  override get pageTitle(): string {
    return this.t('localContact.title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#ownSeat) void this.#loadCurrent(this.#ownSeat);
  }

  async #loadCurrent(code: string): Promise<void> {
    this.current = { kind: 'loading' };
    try {
      this.current = { kind: 'ready', value: await createClient({ baseUrl: location.origin }).getLocalContact(code) };
    } catch (error) {
      this.current = error instanceof HttpError && error.code === 'local_contact_not_found' ? { kind: 'ready', value: null } : failure(error);
    }
  }

  /** The seat to prefill: the organiser's only constituency, when they have exactly one. */
  get #ownSeat(): string {
    const seats = (this.me?.scopes ?? []).filter((s) => s.startsWith('constituency:'));
    return seats.length === 1 ? (seats[0] ?? '').slice('constituency:'.length) : '';
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const website = text('website');
    const meetingPlace = text('meetingPlace');
    const current = this.current.kind === 'ready' ? this.current.value : null;
    try {
      await admin.setLocalContact(text('seat').toUpperCase(), {
        name: text('name'),
        email: text('email'),
        languages: current ? [...current.languages] : [],
        ...(website ? { website } : {}),
        ...(meetingPlace ? { meetingPlace } : {}),
      });
      this.note = { text: this.t('state.saved'), error: false };
    } catch (error) {
      this.note = { text: error instanceof Error ? error.message : String(error), error: true };
    }
  }

  override render() {
    return html`${this.renderHeading()}
      <p>${this.t('localContact.intro')}</p>
      ${this.renderLoadable(this.current, (c) => html`
        <form @submit=${this.#save}>
          <label for="seat">${this.t('localContact.seat')}</label>
          <input id="seat" name="seat" required .value=${this.#ownSeat} />
          <label for="name">${this.t('localContact.name')}</label>
          <input id="name" name="name" required .value=${c?.name ?? ''} />
          <label for="email">${this.t('localContact.email')}</label>
          <input id="email" name="email" type="email" required .value=${c?.email ?? ''} />
          <label for="website">${this.t('localContact.website')}</label>
          <input id="website" name="website" type="url" .value=${c?.website ?? ''} />
          <label for="meetingPlace">${this.t('localContact.meetingPlace')}</label>
          <input id="meetingPlace" name="meetingPlace" .value=${c?.meetingPlace ?? ''} />
          <div class="actions"><button type="submit">${this.t('action.save')}</button></div>
        </form>`, () => void this.#loadCurrent(this.#ownSeat))}
      ${this.note ? html`<p class="status ${this.note.error ? 'error' : ''}" role=${this.note.error ? 'alert' : 'status'}>${this.note.text}</p>` : nothing}`;
  }
}
customElements.get('console-local-contact') || customElements.define('console-local-contact', ConsoleLocalContact);
