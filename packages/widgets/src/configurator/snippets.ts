/**
 * The snippets the configurator (`/configure`) offers, from the options picked. Pure functions, so the same
 * text is shown, copied and tested. Each says the same thing in its own medium: the script tag (docs/embedding.md),
 * the iframe embed ("In an iframe"), the WordPress plugin's shortcode (packages/wordpress) and npm.
 */

/** The widgets, in the order the configurator offers them. */
export const WIDGETS = [
  { tag: 'find-your-constituency', title: 'Find your constituency' },
  { tag: 'sign-up-to-canvass', title: 'Sign up to canvass' },
  { tag: 'send-solidarity', title: 'Send a message of solidarity' },
  { tag: 'solidarity-wall', title: 'Messages of solidarity' },
  { tag: 'connect-locally', title: 'Connect with your local campaign' },
  { tag: 'local-groups', title: 'Local groups' },
  { tag: 'pledge-to-vote', title: 'Pledge to vote' },
] as const;

export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** Widgets that take a `party` (targets for a party: the finder and the canvassing sessions). */
export const PARTY_WIDGETS: readonly WidgetTag[] = ['find-your-constituency', 'sign-up-to-canvass'];

/** Widgets that take the election a partner campaigns for (`election-type`, `election-date`): dates, deadline, voter ID. */
export const ELECTION_WIDGETS: readonly WidgetTag[] = ['find-your-constituency', 'pledge-to-vote'];

export const THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Colour tokens the configurator offers (docs/theming.md), with the widgets' defaults. */
export const COLOURS = [
  { token: '--sw-color-primary', label: 'Buttons and accents', value: '#b00020' },
  { token: '--sw-color-on-primary', label: 'Text on buttons', value: '#ffffff' },
  { token: '--sw-color-text', label: 'Text', value: '#1a1a1a' },
  { token: '--sw-color-surface', label: 'Background', value: '#ffffff' },
  { token: '--sw-color-focus', label: 'Links and focus ring', value: '#1a5fb4' },
] as const;

export interface ConfiguratorOptions {
  readonly widgets: readonly WidgetTag[];
  /** Lower case, digits and `-`; empty for none. */
  readonly partner: string;
  /** A language code, or empty to follow the partner page's `<html lang>`. */
  readonly lang: string;
  readonly theme: Theme;
  /** A party code (targets for that party), or empty for none. */
  readonly party: string;
  /** The election campaigned for: its kind (`general`, `local`, …) and polling day (`YYYY-MM-DD`), or empty. */
  readonly electionType: string;
  readonly electionDate: string;
  /** Tokens that differ from the defaults, e.g. `{ '--sw-color-primary': '#7a0019' }`. */
  readonly colours: Readonly<Record<string, string>>;
  /** The partner site's origin, for the iframe's `parentOrigin`; empty when not known yet. */
  readonly siteOrigin: string;
}

export interface ServerInfo {
  /** The API server's origin, e.g. `https://api.example.org`. */
  readonly origin: string;
  /** The widgets' version and the versioned loader's SRI hash (`/cdn/integrity.json`), when the server has them. */
  readonly version?: string | undefined;
  readonly integrity?: string | undefined;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A widget's own options (its party, its election, where it takes them), as attribute name and value. */
export function ownOptions(tag: WidgetTag, o: ConfiguratorOptions): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (o.party && PARTY_WIDGETS.includes(tag)) out.push(['party', o.party]);
  if (ELECTION_WIDGETS.includes(tag)) {
    if (o.electionType) out.push(['election-type', o.electionType]);
    if (o.electionDate) out.push(['election-date', o.electionDate]);
  }
  return out;
}

/** The element attributes a widget gets beyond the page-wide ones. */
function ownAttributes(tag: WidgetTag, o: ConfiguratorOptions): string {
  return ownOptions(tag, o).map(([name, value]) => ` ${name}="${attr(value)}"`).join('');
}

/** Non-default colours as a CSS rule for the chosen widgets (on the elements themselves, so they win over a theme). */
export function colourCss(o: ConfiguratorOptions): string {
  const entries = Object.entries(o.colours);
  if (entries.length === 0 || o.widgets.length === 0) return '';
  return `${o.widgets.join(', ')} {\n${entries.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}`;
}

export function scriptTagSnippet(o: ConfiguratorOptions, server: ServerInfo): string {
  const pinned = server.version && server.integrity;
  const src = pinned ? `${server.origin}/cdn/v${server.version}/widgets.js` : `${server.origin}/cdn/widgets.js`;
  const data = [
    ...(pinned ? [`integrity="${attr(server.integrity!)}"`, 'crossorigin="anonymous"'] : []),
    ...(o.partner ? [`data-partner="${attr(o.partner)}"`] : []),
    ...(o.lang ? [`data-lang="${attr(o.lang)}"`] : []),
    ...(o.theme !== 'light' ? [`data-theme="${o.theme}"`] : []),
  ];
  const lines = [`<script type="module" src="${src}"${data.length ? `\n        ${data.join('\n        ')}` : ''}></script>`];
  const css = colourCss(o);
  if (css) lines.push(`<style>\n${css}\n</style>`);
  for (const tag of o.widgets) lines.push(`<${tag}${ownAttributes(tag, o)}></${tag}>`);
  return lines.join('\n');
}

/** The embed page's address for one widget (routes/embed.ts on the server). */
export function embedUrl(tag: WidgetTag, o: ConfiguratorOptions, server: ServerInfo): string {
  const query = new URLSearchParams();
  if (o.partner) query.set('partner', o.partner);
  if (o.lang) query.set('lang', o.lang);
  if (o.theme !== 'light') query.set('theme', o.theme);
  for (const [name, value] of ownOptions(tag, o)) query.set(name, value);
  for (const [k, v] of Object.entries(o.colours)) query.set(k, v);
  if (o.siteOrigin) query.set('parentOrigin', o.siteOrigin);
  const q = query.toString();
  return `${server.origin}/embed/${tag}${q ? `?${q}` : ''}`;
}

export function iframeSnippet(o: ConfiguratorOptions, server: ServerInfo): string {
  const frames = o.widgets.map((tag) => {
    const title = WIDGETS.find((w) => w.tag === tag)?.title ?? tag;
    return `<iframe src="${attr(embedUrl(tag, o, server))}"\n        title="${attr(title)}" style="width: 100%; border: 0"></iframe>`;
  });
  return [...frames, `<script type="module" src="${server.origin}/cdn/embed.js"></script>`].join('\n');
}

export function shortcodeSnippet(o: ConfiguratorOptions): string {
  return o.widgets
    .map((tag) => {
      // The plugin's shortcode names a widget by its tag (packages/wordpress: `[solidarity_widget name="find-your-constituency"]`).
      const parts = [`name="${tag}"`];
      if (o.partner) parts.push(`partner="${attr(o.partner)}"`);
      if (o.lang) parts.push(`lang="${attr(o.lang)}"`);
      if (o.theme !== 'light') parts.push(`theme="${o.theme}"`);
      for (const [name, value] of ownOptions(tag, o)) parts.push(`${name}="${attr(value)}"`);
      return `[solidarity_widget ${parts.join(' ')}]`;
    })
    .join('\n');
}

export function npmSnippet(o: ConfiguratorOptions, server: ServerInfo): string {
  const defaults = [`apiBase: '${server.origin}'`, ...(o.partner ? [`partner: '${o.partner}'`] : []), ...(o.lang ? [`lang: '${o.lang}'`] : []), ...(o.theme !== 'light' ? [`theme: '${o.theme}'`] : [])];
  const css = colourCss(o);
  return [
    'npm install @solidarity-widgets/widgets',
    '',
    `import { setPageDefaults } from '@solidarity-widgets/widgets';`,
    ...o.widgets.map((tag) => `import '@solidarity-widgets/widgets/${tag}.js';`),
    '',
    `setPageDefaults({ ${defaults.join(', ')} });`,
    '',
    '<!-- in your markup -->',
    ...o.widgets.map((tag) => `<${tag}${ownAttributes(tag, o)}></${tag}>`),
    ...(css ? ['', '/* in your CSS */', css] : []),
  ].join('\n');
}
