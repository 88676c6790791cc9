import { css } from 'lit';

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
