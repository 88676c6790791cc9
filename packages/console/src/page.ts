import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { HttpError } from '@solidarity-widgets/sdk/admin';
import { t, type MessageId } from './i18n.js';
import type { Me } from './session.js';
import { pageStyles } from './styles.js';

/** What a page shows while it loads something: loading, the thing, an error, or "not found". */
export type Loadable<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly value: T }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'error'; readonly message: string };

/** 404 (and a scope the organiser does not have, which the API also answers 404) reads as "not found". */
export function failure(error: unknown): Loadable<never> {
  const status = error instanceof HttpError ? error.status : undefined;
  if (status === 404) return { kind: 'not-found' };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Base of every console page (pages as elements, like the widgets): the organiser's language, who is signed in,
 * `t()`, a focusable `<h1>` the app moves focus to after each navigation, and the page's title.
 */
export class ConsolePage extends LitElement {
  static override styles = [pageStyles];
  static override properties = { lang: {}, me: { attribute: false } };

  declare lang: string;
  declare me: Me | undefined;

  constructor() {
    super();
    this.lang = 'en';
    this.me = undefined;
  }

  protected t(id: MessageId, params?: Record<string, string | number>): string {
    return t(this.lang, id, params);
  }

  /** The page's name, for `document.title` and its `<h1>`. */
  get pageTitle(): string {
    return '';
  }

  /** The `<h1>` focused after navigating here. */
  get heading(): HTMLElement | null {
    return this.renderRoot.querySelector('h1');
  }

  protected renderHeading(): TemplateResult {
    return html`<h1 tabindex="-1">${this.pageTitle}</h1>`;
  }

  protected renderLoadable<T>(state: Loadable<T>, ready: (value: T) => unknown, retry?: () => void): unknown {
    switch (state.kind) {
      case 'loading':
        return html`<p class="status" role="status">${this.t('state.loading')}</p>`;
      case 'not-found':
        // The page's own heading already says "Not found" (pageTitle), so only the explanation here.
        return html`<p>${this.t('state.notFoundText')}</p>`;
      case 'error':
        return html`<div class="status error" role="alert">
          <p>${this.t('state.error', { message: state.message })}</p>
          ${retry ? html`<button type="button" class="secondary" @click=${retry}>${this.t('state.retry')}</button>` : nothing}
        </div>`;
      case 'ready':
        return ready(state.value);
    }
  }

  protected formatDateTime(iso: string): string {
    try {
      return new Intl.DateTimeFormat(this.lang === 'en' ? 'en-GB' : this.lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(iso));
    } catch {
      return iso;
    }
  }

  /** Navigate inside the console (the app listens and renders the new page). */
  protected go(path: string): void {
    this.dispatchEvent(new CustomEvent('console-navigate', { detail: path, bubbles: true, composed: true }));
  }
}

/** A link that navigates with the History API (the app intercepts clicks on same-origin `/console/` links). */
export const link = (path: string, label: string): TemplateResult => html`<a href=${path}>${label}</a>`;
