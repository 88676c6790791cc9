import { css } from 'lit';

/** The element's own styles: the postcode step, the form, its error summary and the confirmation. */
export const styles = css`
  h4 { margin: var(--_space) 0 calc(var(--_space) / 2); font-size: 1em; }
  ul { margin: 0 0 var(--_space); padding-inline-start: 1.25em; }
  li { margin-bottom: 0.25em; }
  .row > button { flex: none; }
  .election { border-inline-start: 4px solid var(--_primary); padding-inline-start: 0.75em; margin-bottom: var(--_space); }
  .election p { margin: 0 0 0.5em; }
  .closed { border-inline-start: 4px solid var(--_muted); padding-inline-start: 0.75em; }
  fieldset {
    border: 1px solid var(--sw-color-frame, #d0d0d0); border-radius: calc(var(--_radius) / 2);
    margin: 0 0 var(--_space); padding: 0.5em var(--_space) var(--_space); min-inline-size: 0;
  }
  fieldset[aria-invalid='true'] { border-color: var(--_error); border-width: 2px; }
  legend { font-weight: 600; padding: 0 0.25em; }
  fieldset .check { margin-bottom: 0.25em; }
  input[type='radio'] { inline-size: 1.2em; block-size: 1.2em; margin-block: 0.15em 0; margin-inline: 0 0.5em; flex: none; }
  select { min-block-size: 44px; }
  .choices { list-style: none; padding: 0; display: grid; gap: 0.5em; }
  .area { display: flex; flex-wrap: wrap; gap: 0.5em var(--_space); align-items: baseline; justify-content: space-between; }
  .area h3 { margin: 0; }
  ul.summary-list { list-style: none; margin: 0; padding: 0; }
  .error-summary, .submit-error {
    border: 2px solid var(--_error); border-radius: calc(var(--_radius) / 2);
    padding: var(--_space); margin-bottom: var(--_space);
  }
  .error-summary p, .submit-error p { margin: 0 0 0.5em; font-weight: 600; }
  .error-summary:focus, .submit-error:focus, h3:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
  button.link { all: unset; cursor: pointer; color: var(--_error); text-decoration: underline; font-weight: 600; }
  button.link:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .hp {
    position: absolute !important; inset-block-start: 0; inset-inline-start: 0;
    width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; opacity: 0; pointer-events: none;
  }
  [part~='base'] { position: relative; }
  .count { font-weight: 600; }
  /* The "Can I vote?" explainer (find-your-constituency/can-i-vote.ts) */
  .eligibility { margin-top: calc(var(--_space) * 1.5); border-top: 1px solid var(--sw-color-frame, #d0d0d0); padding-top: var(--_space); }
  .eligibility fieldset { border: 0; padding: 0; }
  .rights li.no { color: var(--_muted); }
  .note { border-inline-start: 4px solid var(--_primary); padding-inline-start: 0.5em; }
  .combo input { inline-size: 100%; }
  .options {
    list-style: none; margin: 0.25em 0 var(--_space); padding: 0; max-block-size: 16em; overflow-y: auto;
    border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2);
  }
  .options li { margin: 0; padding: 0.5em 0.75em; cursor: pointer; min-block-size: 24px; }
  .options li.active, .options li:hover { background: var(--sw-color-highlight, #e8eef8); outline: 2px solid var(--_focus); outline-offset: -2px; }
  details { margin-top: 0.5em; font-size: 0.9em; }
  summary { cursor: pointer; }
`;
