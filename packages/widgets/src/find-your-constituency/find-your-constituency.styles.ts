import { css } from 'lit';

export const finderStyles = css`
  :host {
    --_marginal: var(--sw-color-marginal, #8a4b00);
    --_map: var(--sw-color-map, #dcdcdc);
  }
  h4 { margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2); font-size: 1em; }
  ul { margin: 0 0 var(--_space); padding-inline-start: 1.25em; }
  li { margin-bottom: 0.25em; }
  .row > button { flex: none; }
  .field-error { margin-top: 0.25em; }
  .field-error > button { margin-top: 0.5em; }
  .loading { display: flex; gap: 0.5em; align-items: center; }
  progress { inline-size: 6em; accent-color: var(--_primary); }
  [part~='results']:not(:empty) { margin-top: var(--_space); }
  [part~='error'] > button { margin-top: 0.25em; }
  .choices { list-style: none; padding: 0; display: grid; gap: 0.5em; }
  .choice { inline-size: 100%; text-align: start; display: flex; flex-wrap: wrap; gap: 0 0.75em; align-items: baseline; }
  .choice .muted { font-weight: 400; }
  #result-heading:focus { outline: none; }
  #result-heading:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .badge {
    display: inline-block; margin-inline-start: 0.5em; padding: 0 0.5em; border-radius: 1em;
    border: 1px solid currentColor; font-size: 0.85em; font-weight: 700; white-space: nowrap;
  }
  .badge.ultra_marginal, .badge.marginal { color: var(--_marginal); }
  .badge.safe { color: var(--_muted); }
  .note { border-inline-start: 4px solid var(--_marginal); padding-inline-start: 0.5em; }
  .eligibility { margin-top: calc(var(--_space) * 1.5); border-top: 1px solid var(--sw-color-frame, #d0d0d0); padding-top: var(--_space); }
  fieldset { border: 0; padding: 0; margin: 0 0 var(--_space); min-inline-size: 0; }
  legend { font-weight: 600; margin-bottom: 0.25em; padding: 0; }
  fieldset .check { margin-bottom: 0.25em; }
  input[type='radio'] { inline-size: 1.2em; block-size: 1.2em; margin-block: 0.15em 0; margin-inline: 0 0.5em; flex: none; }
  select { min-block-size: 44px; }
  .rights li.no { color: var(--_muted); }
  .combo input { inline-size: 100%; box-sizing: border-box; }
  .options {
    list-style: none; margin: 0.25em 0 var(--_space); padding: 0; max-block-size: 16em; overflow-y: auto;
    border: 1px solid var(--sw-color-border, #767676); border-radius: var(--sw-radius, 4px);
  }
  .options li { margin: 0; padding: 0.5em 0.75em; cursor: pointer; min-block-size: 24px; }
  /* The highlighted option (aria-activedescendant): outlined as well as shaded, so it does not rely on colour. */
  .options li.active, .options li:hover { background: var(--sw-color-highlight, #e8eef8); outline: 2px solid var(--_focus); outline-offset: -2px; }
  .election { border-inline-start: 4px solid var(--_primary); padding-inline-start: 0.75em; margin-bottom: var(--_space); }
  details { margin-top: 0.5em; font-size: 0.9em; }
  summary { cursor: pointer; }
  [part~='footer'] p { margin: 0 0 0.25em; }
  h5 { margin: var(--_space) 0 calc(var(--_space) / 2); font-size: 1em; }
`;
