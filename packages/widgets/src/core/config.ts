import { negotiate, type LanguageTag } from './i18n/languages.js';

/** Options a partner can set on the script tag (`data-api-base`, `data-partner`, `data-lang`, `data-theme`, `data-party`) or with {@link setPageDefaults}. */
export interface PageDefaults {
  apiBase?: string;
  partner?: string;
  lang?: string;
  /** A ready theme (docs/theming.md): `light`, `dark`, `auto` or `high-contrast`. */
  theme?: string;
  /** The party the partner campaigns for (`Lab`, `Con`, …): the finder and the sign-up list show its seats to win and hold. */
  party?: string;
  /** The partner's text for "share after acting" (`data-share-text`), with `{seat}` and `{url}` (docs/sharing.md). */
  shareText?: string;
}

const KEYS = ['apiBase', 'partner', 'lang', 'theme', 'party', 'shareText'] as const;

/** Page-wide defaults (no scope): the first value set for each option wins, so a second copy cannot hijack the page. */
const pageWide: PageDefaults = {};

/**
 * Scoped defaults, one per partner script tag (or element passed to {@link setPageDefaults}), in registration order.
 * Two partners' `<script type="module" src=".../widgets.js">` tags load the module once (the browser runs a module
 * URL only once), so the loader registers every tag here and each widget picks the tag that governs it.
 */
const scoped: { anchor: Element; values: PageDefaults }[] = [];

/** The CDN bundle's origin when no script tag of it is found: the API base of last resort. */
let bundleOrigin: string | undefined;

/**
 * Sets default options for widgets that do not set their own attribute.
 *
 * - Without `scope`: page-wide. The first value set for each option wins.
 * - With `scope` (the CDN loader passes each of its own `<script>` tags): the values govern the widgets placed
 *   after that element in document order (inside it, too), up to the next scope element. Widgets placed before every
 *   scope element take the first one's. Calling again with the same element replaces its values.
 *
 * Precedence for each option: the element's own attribute, then its governing scope, then the page-wide value.
 */
export function setPageDefaults(values: PageDefaults, scope?: Element): void {
  if (scope) {
    const own: PageDefaults = {};
    for (const key of KEYS) {
      const value = values[key];
      if (value) own[key] = value;
    }
    const existing = scoped.find((s) => s.anchor === scope);
    if (existing) existing.values = own;
    else scoped.push({ anchor: scope, values: own });
    return;
  }
  for (const key of KEYS) {
    const value = values[key];
    if (value && !pageWide[key]) pageWide[key] = value;
  }
}

/** The node that stands for `el` in the document: itself, or the outermost shadow host around it. */
function inDocument(el: Element): Element {
  let node: Element = el;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

/** The scope element governing `el`: the last one before it in document order, else the first one on the page. */
function governingScope(el: Element | undefined): PageDefaults {
  if (scoped.length === 0) return {};
  // A tag removed after loading (some tag managers do that) keeps governing when it was the only one.
  const connected = scoped.filter((s) => s.anchor.isConnected);
  if (connected.length === 0) return scoped[0]!.values;
  const ordered = [...connected].sort((a, b) =>
    a.anchor === b.anchor ? 0 : a.anchor.compareDocumentPosition(b.anchor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const node = el ? inDocument(el) : undefined;
  let found = ordered[0]!;
  if (node?.isConnected) {
    for (const s of ordered) {
      // PRECEDING also covers an element that contains the widget (an ancestor precedes its descendants).
      if (s.anchor === node || s.anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) found = s;
    }
  }
  return found.values;
}

/** The defaults that apply to `el` (its governing scope over the page-wide values); without `el`, the page's first scope. */
export function pageDefaults(el?: Element): Readonly<PageDefaults> {
  return { ...(bundleOrigin ? { apiBase: bundleOrigin } : {}), ...pageWide, ...governingScope(el) };
}

/** Reads `data-*` options from a script element (the CDN bundle's own tag). */
export function defaultsFromScript(script: HTMLScriptElement | null, scriptUrl: string): PageDefaults {
  const out: PageDefaults = {};
  const apiBase = script?.dataset['apiBase'] ?? new URL(scriptUrl).origin;
  out.apiBase = apiBase;
  const partner = script?.dataset['partner'];
  if (partner) out.partner = partner;
  const lang = script?.dataset['lang'];
  if (lang) out.lang = lang;
  const theme = script?.dataset['theme'];
  if (theme) out.theme = theme;
  const party = script?.dataset['party'];
  if (party) out.party = party;
  const shareText = script?.dataset['shareText'];
  if (shareText) out.shareText = shareText;
  return out;
}

/**
 * Registers every `<script src="{scriptUrl}">` tag under `root` as a scope (see {@link setPageDefaults}). The CDN
 * loader calls it at start and for script tags added later; a page with one tag behaves as page-wide options.
 */
export function adoptScriptTags(scriptUrl: string, root: ParentNode = document): void {
  const own = (s: Element): s is HTMLScriptElement => s instanceof HTMLScriptElement && s.src === scriptUrl;
  const found = [...(root instanceof Element && own(root) ? [root] : []), ...Array.from(root.querySelectorAll('script[src]')).filter(own)];
  for (const script of found) setPageDefaults(defaultsFromScript(script, scriptUrl), script);
  // No tag found (the bundle imported by another module): the bundle's origin is the API base unless set otherwise.
  if (found.length === 0 && root === document) bundleOrigin = new URL(scriptUrl).origin;
}

/**
 * The language a widget speaks, as a tag of the registry (core/i18n/languages.ts): its own `lang`, then the script
 * tag's `data-lang` / page default, then the closest `lang` on the page, then the browser's `navigator.languages`,
 * then English. Regional tags map to the language (`pt-BR` → `pt`, `zh-CN` → `zh-Hans`). The first of the page's
 * answers decides: a page that asks for a language the widgets do not speak gets English text and English formats
 * together (docs/i18n.md).
 */
export function resolveLang(el: HTMLElement, own: string | undefined): LanguageTag {
  const inherited = () => el.parentElement?.closest('[lang]')?.getAttribute('lang') ?? inheritedAcrossShadow(el);
  const stated = [own, pageDefaults(el).lang];
  const first = stated.find((s) => s) ?? inherited();
  return negotiate([first], globalThis.navigator?.languages ?? []);
}

/** The closest `lang` above a widget placed inside another component's shadow root (closest() stops at the root). */
function inheritedAcrossShadow(el: Element): string | undefined {
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    const found = root.host.closest('[lang]')?.getAttribute('lang');
    if (found) return found;
  }
  return undefined;
}
