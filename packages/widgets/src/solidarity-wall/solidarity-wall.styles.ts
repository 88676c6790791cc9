import { css } from 'lit';

/*
 * Messages are untrusted text from strangers. Whatever they contain (very long words,
 * 10 kB of emoji, right-to-left overrides, stacked combining marks) must stay inside
 * its own box and never push the wall wider than its container.
 */
export const styles = css`
  :host { max-width: 100%; min-width: 0; }
  [part~='base'] { min-width: 0; max-width: 100%; overflow: hidden; }
  .totals { color: var(--_muted); }
  .list { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: var(--_space); min-width: 0; }
  .list > li { min-width: 0; }
  .message {
    border: 1px solid var(--sw-color-frame, #d0d0d0);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
    max-width: 100%;
    overflow: hidden; /* clips "zalgo" marks that would climb over neighbours */
    contain: paint;
    background: var(--_surface);
  }
  .message:focus { outline: none; }
  .message:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
  .text {
    margin: 0 0 0.5em;
    white-space: pre-line;
    overflow-wrap: anywhere;
    word-break: break-word;
    unicode-bidi: isolate;
    max-height: var(--sw-wall-message-max-height, 16em);
    overflow-x: hidden;
    overflow-y: auto;
    font-size: 1.05em;
  }
  .text:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
  .meta { color: var(--_muted); font-size: 0.9em; display: flex; flex-wrap: wrap; column-gap: 1em; row-gap: 0.15em; min-width: 0; }
  .meta bdi, .meta span, .meta time { overflow-wrap: anywhere; unicode-bidi: isolate; min-width: 0; }
  .author { font-weight: 600; color: var(--sw-color-text, #1a1a1a); max-height: 4.5em; overflow: hidden; }
  .details { display: flex; flex-wrap: wrap; column-gap: 1em; }
  .empty { color: var(--_muted); }
  @media (prefers-reduced-motion: no-preference) {
    .message.new { animation: sw-wall-arrive 1.2s ease-out; }
  }
  @keyframes sw-wall-arrive {
    from { background: var(--sw-color-highlight, #fff4c2); }
    to { background: var(--_surface); }
  }
`;
