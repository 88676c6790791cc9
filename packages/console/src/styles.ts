import { css } from 'lit';

/**
 * Shared look of every console page: readable at 360 px (tables scroll inside their own box, never the page),
 * a visible focus ring everywhere, text and controls at WCAG AA contrast, targets at least 24 px (2.2 AA).
 */
export const pageStyles = css`
  :host {
    display: block;
    color: #1b1b1f;
    font: 1rem/1.5 system-ui, sans-serif;
  }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; line-height: 1.2; }
  h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
  .card h2 { margin-top: 0; }
  h1:focus { outline: none; }
  h1:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  a { color: #1d4ed8; }
  a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, [tabindex]:focus-visible {
    outline: 3px solid #1d4ed8;
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.4rem 0.9rem;
    border-radius: 0.4rem;
    border: 2px solid #1d4ed8;
    background: #1d4ed8;
    color: #fff;
    cursor: pointer;
  }
  button.secondary { background: #fff; color: #1d4ed8; }
  button.danger { background: #b91c1c; border-color: #b91c1c; color: #fff; }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  input, select, textarea {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    max-width: 32rem;
    min-height: 2.75rem;
    padding: 0.4rem 0.5rem;
    border: 1px solid #6b6b76;
    border-radius: 0.3rem;
    background: #fff;
    color: inherit;
  }
  input[type='checkbox'] { width: 1.5rem; min-height: 1.5rem; height: 1.5rem; margin: 0; }
  fieldset { border: 1px solid #d4d4d8; border-radius: 0.4rem; margin: 1rem 0; padding: 0.5rem 0.75rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .choice { display: flex; align-items: center; gap: 0.5rem; margin: 0.25rem 0; }
  .choice label { margin: 0; font-weight: normal; }
  input[type='radio'] { width: 1.5rem; min-height: 1.5rem; height: 1.5rem; margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0; align-items: center; }
  .table-wrap { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; padding: 0.4rem 0.5rem; border-bottom: 1px solid #d4d4d8; vertical-align: top; }
  .status { padding: 0.5rem 0.75rem; border-radius: 0.3rem; background: #eef2ff; margin: 0.75rem 0; }
  .error { background: #fef2f2; color: #7f1d1d; }
  .muted, .hint { color: #52525b; }
  .hint { margin: 0.25rem 0; font-size: 0.9rem; }
  .notes { display: grid; gap: 0.25rem; margin-top: 0.75rem; justify-items: start; }
  .notes textarea { width: 100%; box-sizing: border-box; }
  .cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
  .card { border: 1px solid #d4d4d8; border-radius: 0.5rem; padding: 0.75rem; overflow-wrap: anywhere; }
  .card[aria-current='true'] { border: 3px solid #1d4ed8; }
  .message-text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; margin: 0.5rem 0; }
  dialog { border: 2px solid #1b1b1f; border-radius: 0.5rem; max-width: min(32rem, calc(100vw - 2rem)); padding: 1rem; }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  kbd { border: 1px solid #6b6b76; border-radius: 0.25rem; padding: 0 0.3rem; font: inherit; }
`;
