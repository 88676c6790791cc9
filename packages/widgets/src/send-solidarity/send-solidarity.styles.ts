import { css } from 'lit';

export const styles = css`
  form { margin: 0; }
  .optional { font-weight: 400; color: var(--_muted); font-size: 0.9em; }
  textarea { resize: vertical; min-height: 8em; overflow-wrap: anywhere; unicode-bidi: plaintext; }
  .counter { color: var(--_muted); font-size: 0.9em; margin: 0.25em 0 0; font-variant-numeric: tabular-nums; }
  .counter.over { color: var(--_error); font-weight: 600; }
  select { min-height: 44px; }
  .check { cursor: pointer; }
  .alert.shown { margin: 0 0 var(--_space); }
  .alert:focus { outline: none; }
  .alert button { margin-top: 0.25em; }
  /*
   * The honeypot: clipped to nothing rather than display:none, because some bots skip fields
   * that are display:none. It is aria-hidden and out of the tab order too. It stays inside the
   * card's corner (the base part is its containing block): moving it far off-screen widened the
   * whole page in right-to-left languages, where "inline start" is the right-hand side.
   */
  .hp {
    position: absolute !important; inset-block-start: 0; inset-inline-start: 0;
    width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
    opacity: 0; pointer-events: none;
  }
  [part~='base'] { position: relative; }
  .thanks h2:focus { outline: none; }
  .thanks h2:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
`;
