/** Options a partner can set page-wide on the script tag (`data-api-base`, `data-partner`, `data-lang`). */
export interface PageDefaults {
  apiBase?: string;
  partner?: string;
  lang?: string;
}

const defaults: PageDefaults = {};

/** Called by the script-tag entry; the first script to set a value wins, so a second copy cannot hijack the page. */
export function setPageDefaults(values: PageDefaults): void {
  for (const key of ['apiBase', 'partner', 'lang'] as const) {
    const value = values[key];
    if (value && !defaults[key]) defaults[key] = value;
  }
}

export function pageDefaults(): Readonly<PageDefaults> {
  return defaults;
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
  return out;
}

/** The language a widget speaks: its own `lang`, then the page default, then the closest `lang` on the page, then English. */
export function resolveLang(el: HTMLElement, own: string | undefined): string {
  if (own) return own;
  if (defaults.lang) return defaults.lang;
  const inherited = el.closest('[lang]')?.getAttribute('lang');
  return inherited || 'en';
}
