import { css, unsafeCSS } from 'lit';

/**
 * Shared tokens and resets. Every colour, font, radius and spacing comes from a
 * documented `--sw-*` custom property (docs/theming.md); defaults meet WCAG 2.2 AA.
 *
 * Shielding from the host page: `all: initial` on the host drops what the page's body would pass down, but a page
 * rule that matches the host element itself (`* { line-height: 0.9 }`, `div * { … }`) beats a `:host` rule, and
 * everything inside inherits from the host. So the typography the layout depends on is set `!important` here:
 * for `!important` declarations the shadow root's own rules win over the page's, even over the page's `!important`.
 * What a partner may change goes through a `--sw-*` token instead. The only thing taken from the page by default is
 * its font family (`--sw-font-family` overrides it). The default size is the reader's own (`medium`), not the
 * page's `html` font size.
 */
/** Dark: every text colour at least 7:1 on the surface, borders at least 3:1. */
const DARK = unsafeCSS(`
  color-scheme: dark;
  --sw-color-text: #f0f0f0; --sw-color-surface: #1b1b1f; --sw-color-primary: #ff8c8c; --sw-color-on-primary: #1b1b1f;
  --sw-color-frame: #4a4a52; --sw-color-border: #8e8e8e; --sw-color-muted: #b8b8b8; --sw-color-error: #ff8a80;
  --sw-color-success: #7bd88f; --sw-color-focus: #8ab4f8; --sw-color-highlight: #2d3a55; --sw-color-marginal: #ffb74d;
  --sw-color-map: #4a4a52;
`);

/** High contrast: black on white, black borders and frame, every colour at least 7:1 (WCAG AAA). */
const HIGH_CONTRAST = unsafeCSS(`
  color-scheme: light;
  --sw-color-text: #000000; --sw-color-surface: #ffffff; --sw-color-primary: #000000; --sw-color-on-primary: #ffffff;
  --sw-color-frame: #000000; --sw-color-border: #000000; --sw-color-muted: #000000; --sw-color-error: #9b0000;
  --sw-color-success: #004d1a; --sw-color-focus: #0000c0; --sw-color-highlight: #ffff00; --sw-color-marginal: #6b3400;
  --sw-color-map: #595959;
`);

export const themeStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    /* No fallback on purpose: without the token the declaration is invalid at computed-value time, so the font is
       inherited from the page (this overrides the font family the page sets on the element itself, too). */
    font-family: var(--sw-font-family) !important;
    font-size: var(--sw-font-size, medium) !important;
    line-height: var(--sw-line-height, 1.5) !important;
    letter-spacing: var(--sw-letter-spacing, normal) !important;
    word-spacing: normal !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--sw-color-text, #1a1a1a) !important;
    --_primary: var(--sw-color-primary, #b00020);
    --_on-primary: var(--sw-color-on-primary, #ffffff);
    --_surface: var(--sw-color-surface, #ffffff);
    --_muted: var(--sw-color-muted, #595959);
    --_border: var(--sw-color-border, #767676);
    --_error: var(--sw-color-error, #b3261e);
    --_success: var(--sw-color-success, #1e6b34);
    --_focus: var(--sw-color-focus, #1a5fb4);
    --_radius: var(--sw-radius, 0.5rem);
    --_space: var(--sw-space, 0.75rem);
  }
  :host([hidden]) { display: none; }

  /* Ready themes (docs/theming.md): the \`theme\` attribute sets the public tokens on the host, so a token the partner
     sets on the element itself still wins (page rules beat :host rules), while tokens on ancestors are replaced. */
  :host([theme='dark']) { ${DARK} }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) { ${DARK} }
  }
  :host([theme='high-contrast']) { ${HIGH_CONTRAST} }
  @media (prefers-contrast: more) {
    :host([theme='auto']) { ${HIGH_CONTRAST} }
  }
  /* The page's theme (script tag \`data-theme\`, setPageDefaults) arrives as a custom state, not an attribute the
     element would write on itself. Separate rules: a browser without :state() drops only these. */
  :host(:state(theme-dark)) { ${DARK} }
  @media (prefers-color-scheme: dark) {
    :host(:state(theme-auto)) { ${DARK} }
  }
  :host(:state(theme-high-contrast)) { ${HIGH_CONTRAST} }
  @media (prefers-contrast: more) {
    :host(:state(theme-auto)) { ${HIGH_CONTRAST} }
  }
  /* Windows High Contrast and other forced palettes: use the reader's system colours, also where the browser does not
     force them (SVG fills, background swatches, the custom highlight), whatever theme the partner chose. */
  @media (forced-colors: active) {
    /* As specific as the theme rules above (and after them), so it wins over every theme. */
    :host([theme]), :host(:not([theme])) {
      --sw-color-text: CanvasText; --sw-color-surface: Canvas; --sw-color-primary: ButtonText;
      --sw-color-on-primary: ButtonFace; --sw-color-frame: CanvasText; --sw-color-border: CanvasText;
      --sw-color-muted: CanvasText; --sw-color-error: CanvasText; --sw-color-success: CanvasText;
      --sw-color-focus: Highlight; --sw-color-highlight: Highlight; --sw-color-marginal: Highlight; --sw-color-map: GrayText;
    }
    a { color: LinkText; }
  }
  /* Not 'inherit': a page's "* { box-sizing: content-box }" reaches the host and would make every field overflow its card. */
  *, *::before, *::after { box-sizing: border-box; }
  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--sw-color-frame, #d0d0d0);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
  }
  h2, h3 { margin: 0 0 var(--_space); line-height: 1.25; font-weight: 700; }
  h2 { font-size: 1.25em; }
  h3 { font-size: 1.05em; }
  p { margin: 0 0 var(--_space); }
  label { display: block; font-weight: 600; margin-bottom: 0.25em; }
  .field { margin-bottom: var(--_space); }
  .hint { color: var(--_muted); font-size: 0.9em; margin: 0 0 0.25em; }
  input, select, textarea {
    font: inherit; color: inherit; background: var(--_surface);
    border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.6em; width: 100%; max-width: 100%;
  }
  input[type='checkbox'] { width: 1.2em; height: 1.2em; margin: 0.15em 0.5em 0 0; flex: none; }
  .check { display: flex; align-items: flex-start; font-weight: 400; }
  [aria-invalid='true'] { border-color: var(--_error); border-width: 2px; }
  button {
    font: inherit; font-weight: 600; cursor: pointer;
    color: var(--_on-primary); background: var(--_primary);
    border: 2px solid var(--_primary); border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 1em; min-height: 44px; min-width: 44px;
  }
  button.secondary { color: var(--_primary); background: transparent; }
  button[disabled], button[aria-disabled="true"] { opacity: 0.65; cursor: progress; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  a { color: var(--_focus); }
  .error { color: var(--_error); font-weight: 600; margin: 0.25em 0 0; }
  .success { color: var(--_success); font-weight: 600; }
  .muted { color: var(--_muted); font-size: 0.9em; }
  .row { display: flex; gap: var(--_space); flex-wrap: wrap; align-items: flex-end; }
  .row > .grow { flex: 1 1 12em; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
  }
  [part~='footer'] { margin-top: var(--_space); color: var(--_muted); font-size: 0.8em; }
  @media (prefers-reduced-motion: reduce) { * { animation: none !important; transition: none !important; } }
`;
