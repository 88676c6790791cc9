/**
 * The script-tag entry (`dist/cdn/widgets.js`): a small loader.
 *
 * It reads page-wide options from its own `<script data-*>` tag, then fetches a widget's code only when that
 * widget's tag is on the page (now or later), so a page with one finder downloads the shared core and the
 * finder, not every widget. Every chunk is a hashed file next to this one, loaded from the same origin,
 * so the bundle works under a strict Content-Security-Policy (`script-src 'self'` or the CDN's origin).
 */

import type { PageDefaults } from './core/config.js';

const widgets = {
  'find-your-constituency': () => import('./find-your-constituency/find-your-constituency.js'),
  'sign-up-to-canvass': () => import('./sign-up-to-canvass/sign-up-to-canvass.js'),
  'send-solidarity': () => import('./send-solidarity/send-solidarity.js'),
  'solidarity-wall': () => import('./solidarity-wall/solidarity-wall.js'),
  'connect-locally': () => import('./connect-locally/connect-locally.js'),
  'local-groups': () => import('./local-groups/local-groups.js'),
  'pledge-to-vote': () => import('./pledge-to-vote/pledge-to-vote.js'),
} as const;

/** A widget's tag name: what {@link loadWidget} takes. */
export type WidgetTag = keyof typeof widgets;
export type { PageDefaults };

const tags = Object.keys(widgets) as WidgetTag[];
const selector = tags.join(',');

// Module scripts have no `document.currentScript`; find our own tags by URL (a copy loaded from elsewhere has another).
// A module URL runs once per page, so a second partner's tag with the same src does not run this file again: every
// such tag (now or added later) is registered, and each widget takes the options of the tag before it (docs/embedding.md).
const scriptUrl = import.meta.url;

// The core (with its page defaults) is in the shared chunk every widget imports. Set the defaults before any
// widget module runs, so the first render already uses the script tag's language, partner and API base.
// (No zod in browser code: forms and responses are checked with JSON Schemas generated from the contract, so there
// is no `new Function` probe to switch off for a strict CSP. See docs/decisions/0004-json-schema-validation-in-browser.md.)
const config = import('./core/config.js');
const ready = config.then((c) => c.adoptScriptTags(scriptUrl));

/**
 * Each widget's chunk and the chunks it imports, filled in by the build (vite.config.ts, `cdnFiles`); empty when
 * running from sources. Announced as `<link rel="modulepreload">` as soon as the tag is seen, so they download
 * alongside the core instead of after it (the widget's `import()` waits for the page defaults, i.e. the core).
 */
const preloads: { readonly [T in WidgetTag]: readonly string[] } = {
  'find-your-constituency': [],
  'sign-up-to-canvass': [],
  'send-solidarity': [],
  'solidarity-wall': [],
  'connect-locally': [],
  'local-groups': [],
  'pledge-to-vote': [],
};

function preload(tag: WidgetTag): void {
  for (const file of preloads[tag]) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, scriptUrl).href;
    (document.head ?? document.documentElement).append(link);
  }
}

const loading = new Map<WidgetTag, Promise<void>>();

/** Loads and registers one widget (idempotent). Also useful for tags created inside another shadow root. */
export function loadWidget(tag: WidgetTag): Promise<void> {
  let p = loading.get(tag);
  if (!p) {
    preload(tag);
    p = ready.then(() => widgets[tag]()).then(() => undefined);
    loading.set(tag, p);
  }
  return p;
}

/**
 * Sets default options for widgets without their own attribute, as a `<script data-*>` tag does (see
 * docs/embedding.md): without `scope` page-wide (the first value for each option wins, and a script tag's `data-*`
 * still wins over it); with a `scope` element for the widgets placed after it. Resolves once applied; call it before
 * adding the widgets it is meant for.
 */
export function setPageDefaults(values: PageDefaults, scope?: Element): Promise<void> {
  return config.then((c) => c.setPageDefaults(values, scope));
}

/** Loads and registers every widget. */
export function loadAllWidgets(): Promise<void> {
  return Promise.all(tags.map(loadWidget)).then(() => undefined);
}

function discover(root: Element | Document): void {
  if (root instanceof Element && (root.localName === 'script' || root.querySelector('script[src]'))) {
    void config.then((c) => c.adoptScriptTags(scriptUrl, root));
  }
  if (root instanceof Element && (tags as string[]).includes(root.localName)) void loadWidget(root.localName as WidgetTag);
  for (const el of root.querySelectorAll(selector)) void loadWidget(el.localName as WidgetTag);
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
