import { css } from 'lit';

export const styles = css`
  form { margin: 0; }
  .optional { font-weight: 400; color: var(--_muted); font-size: 0.9em; }
  textarea { resize: vertical; min-height: 6em; overflow-wrap: anywhere; unicode-bidi: plaintext; }
  select { min-height: 44px; }
  fieldset { border: 0; padding: 0; margin: 0 0 var(--_space); min-inline-size: 0; }
  legend { font-weight: 600; margin-bottom: 0.25em; padding: 0; }
  legend:focus { outline: none; }
  legend:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .check { cursor: pointer; margin-bottom: 0.25em; }
  .check.nested { margin-inline-start: 1.7em; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(10em, 1fr)); gap: 0 var(--_space); margin-bottom: var(--_space); }
  .area .row > button { flex: none; }
  .seats { margin-top: var(--_space); }
  .chosen { font-weight: 600; }
  .alert.shown { margin: 0 0 var(--_space); }
  .alert:focus { outline: none; }
  .alert button { margin-top: 0.25em; }
  .thanks h2:focus { outline: none; }
  .thanks h2:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
`;
