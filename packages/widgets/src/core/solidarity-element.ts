import { LitElement, type PropertyValues } from 'lit';
import { HttpError, NetworkError, RateLimitError, TimeoutError } from '@solidarity-widgets/sdk';
import type { FieldError } from '@solidarity-widgets/contract';
import { clientFor, type ApiClient } from './client.js';
import type { ReferralAction } from './referral-visit.js';
import { pageDefaults, resolveLang } from './config.js';
import {
  coreMessages,
  dirFor,
  ensureLocale,
  hasMessage,
  isLocaleReady,
  translate,
  translateCount,
  type CoreMessageId,
  type Messages,
  type Params,
  type PluralBase,
} from './i18n/localize.js';

const THEMES = ['dark', 'auto', 'high-contrast'] as const;

/**
 * Base class of every widget: attribute/script-tag configuration, the shared
 * SDK client, the i18n layer and typed composed events. Not a public element.
 *
 * `Id` is the widget's own message ids; a widget overrides `catalogue` with its own
 * (`src/<widget>/messages/index.ts`), so `t()` accepts exactly its ids and the shared ones.
 */
export class SolidarityElement<Id extends string = never> extends LitElement {
  static override properties = {
    apiBase: { attribute: 'api-base' },
    partner: {},
    lang: {},
    theme: { reflect: true },
    share: {},
    shareText: { attribute: 'share-text' },
  };

  /** Base URL of the Solidarity Widgets API; defaults to the script tag's `data-api-base` or the bundle's origin. */
  declare apiBase: string | undefined;
  /** Partner short name, recorded with sign-ups and messages and used to filter the wall. */
  declare partner: string | undefined;
  /** BCP 47 language for this widget; defaults to the script tag's `data-lang`, then the page. */
  declare lang: string;
  /** Ready colour theme: `light` (default), `dark`, `auto` (follows the reader's dark-mode and more-contrast settings) or `high-contrast`. */
  declare theme: 'light' | 'dark' | 'auto' | 'high-contrast' | undefined;

  /** `off` hides the "share after acting" block of the finder, the canvass sign-up and send-solidarity (docs/sharing.md); other widgets have none. */
  declare share: string | undefined;
  /** The partner's share text with `{seat}` and `{url}`; defaults to `data-share-text`, then the translated text. */
  declare shareText: string | undefined;

  protected get sharing(): boolean {
    return this.share?.trim().toLowerCase() !== 'off';
  }

  protected get effectiveShareText(): string {
    return this.shareText || pageDefaults(this).shareText || '';
  }

  /**
   * Options for the "share after acting" block (core/share.ts renders it). Kept here so every widget passes the
   * same things; the element itself is imported only by the widgets that show it.
   */
  protected shareOptions(seat?: string): { on: boolean; lang: string; partner: string | undefined; text: string; seat?: string } {
    return { on: this.sharing, lang: this.language, partner: this.effectivePartner, text: this.effectiveShareText, ...(seat ? { seat } : {}) };
  }

  protected get language(): string {
    return resolveLang(this, this.lang || undefined);
  }

  protected get direction(): 'ltr' | 'rtl' {
    return dirFor(this.language);
  }

  protected get effectivePartner(): string | undefined {
    return this.partner || pageDefaults(this).partner;
  }

  protected get api(): ApiClient {
    const base = this.apiBase || pageDefaults(this).apiBase || globalThis.location?.origin || 'http://localhost:8787';
    return clientFor(base, this.effectivePartner);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A page opened from a shared link (`?ref=`) counts one visit for it (docs/sharing.md).
    this.countReferral(undefined);
  }

  /**
   * Only a page whose address has a `ref` loads the counter (a lazy chunk), so pages without one carry none of it
   * (the bundle budgets in DESIGN.md). The chunk checks that the code is one of ours before sending anything.
   */
  private countReferral(action: ReferralAction | undefined): void {
    if (!/[?&]ref=/.test(globalThis.location?.search ?? '')) return;
    const api = this.api;
    const key = this.referralKey;
    void import('./referral-visit.js').then((m) => m.countReferral(api, key, action)).catch(() => undefined);
  }

  private get referralKey(): string {
    return `${this.apiBase || pageDefaults(this).apiBase || ''}\n${this.effectivePartner ?? ''}`;
  }

  /** After the supporter acted: counted for the shared link that brought them, if one did. */
  protected countReferralAction(action: ReferralAction): void {
    this.countReferral(action);
  }

  /** The widget's own catalogue (the shared `common.*`/`field.*`/`form.*` ids are always available). */
  protected get catalogue(): Messages<Id> | undefined {
    return undefined;
  }

  protected t(id: CoreMessageId | Id, params?: Params): string {
    return translate(this.language, id, params, this.catalogue);
  }

  /** A counted message (`base.one`, `base.few`, … `base.other`) in the form the widget's language uses for `count`. */
  protected tCount(base: PluralBase<CoreMessageId | Id>, count: number, params?: Params): string {
    return translateCount(this.language, base, count, params, this.catalogue);
  }

  /** Whether an id built at run time (e.g. a plural variant) exists in the shared or the widget's catalogue. */
  protected hasMessage(id: string): id is CoreMessageId | Id {
    return hasMessage(id, this.catalogue);
  }

  /** Carries the page's theme as a custom state (`:host(:state(theme-dark))`), so the element writes no attribute on itself. */
  private readonly internals: ElementInternals | undefined = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The element's own `theme` attribute is matched by the styles directly; without one, the page's theme applies.
    const pageTheme = this.theme ? undefined : pageDefaults(this).theme;
    const states = this.internals?.states;
    try {
      for (const theme of THEMES) {
        if (theme === pageTheme) states?.add(`theme-${theme}`);
        else states?.delete(`theme-${theme}`);
      }
    } catch {
      // Browsers from before :state() (Chromium < 125 wants `--name`) refuse these: there the page theme is not applied.
    }
    const lang = this.language;
    const own = this.catalogue as Messages<string> | undefined;
    const catalogues = own ? [coreMessages, own] : [coreMessages];
    // Renders in English until the translation has loaded (a failed download is retried by ensureLocale);
    // one wait per language, not one per render.
    if (!isLocaleReady(lang, catalogues) && this.awaitingLocale !== lang) {
      this.awaitingLocale = lang;
      void ensureLocale(lang, catalogues).then(() => {
        if (this.awaitingLocale === lang) this.awaitingLocale = undefined;
        this.requestUpdate();
      });
    }
  }

  /** The language whose translations this element is waiting for. */
  private awaitingLocale: string | undefined;

  /** Dispatches a typed, bubbling, composed event the host page can listen to. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Worth a "Try again" button: the network, a timeout, a busy server or a rate limit (not a refusal of the input). */
  protected isTransient(error: unknown): boolean {
    return error instanceof NetworkError || error instanceof TimeoutError || (error instanceof HttpError && (error.status >= 500 || error.status === 429));
  }

  /** One sentence for a failed request, in the widget's language. */
  protected describeError(error: unknown): string {
    if (error instanceof RateLimitError) return this.tCount('common.rateLimited', Math.max(1, Math.ceil(error.retryAfter ?? 30)));
    if (error instanceof NetworkError || error instanceof TimeoutError) {
      return globalThis.navigator?.onLine === false ? this.t('common.offline') : this.t('common.networkError');
    }
    // The server's own message names ALLOWED_ORIGINS, which is for the partner (the SDK warns them in the console).
    if (error instanceof HttpError && error.code === 'origin_not_allowed') return this.t('common.originNotAllowed');
    if (error instanceof HttpError && error.status < 500) return error.message;
    return this.t('common.serverError');
  }

  /** A field error from the server or from local validation, in the widget's language. */
  protected fieldMessage(error: FieldError): string {
    const specific = `field.${error.field}.${error.code}`;
    return hasMessage(specific) ? this.t(specific) : this.t(`field.${error.code}`);
  }
}
