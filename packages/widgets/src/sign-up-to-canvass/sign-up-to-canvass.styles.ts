import { css } from 'lit';

export const styles = css`
  .area { display: flex; flex-wrap: wrap; gap: 0.5em var(--_space); align-items: baseline; justify-content: space-between; }
  .area h3 { margin: 0; }
  .groups { margin-top: var(--_space); }
  .group + .group { margin-top: calc(var(--_space) * 1.5); }
  ul.sessions, ul.choices, ul.summary-list { list-style: none; margin: 0; padding: 0; }
  .session {
    border: 1px solid var(--sw-color-frame, #d0d0d0);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .session h4 { margin: 0 0 0.25em; font-size: 1.05em; line-height: 1.3; }
  .session p { margin: 0 0 0.25em; }
  .when { font-weight: 600; }
  .places { margin-top: 0.5em !important; }
  .places.full { color: var(--_error); font-weight: 600; }
  .session button { margin-top: 0.5em; }
  .choices li { margin-bottom: 0.5em; }
  .notice {
    border-inline-start: 4px solid var(--_primary);
    padding: 0.5em var(--_space);
    margin-bottom: var(--_space);
  }
  .chosen { margin-bottom: var(--_space); }
  .chosen p { margin: 0 0 0.25em; }
  fieldset {
    border: 1px solid var(--sw-color-frame, #d0d0d0);
    border-radius: calc(var(--_radius) / 2);
    margin: 0 0 var(--_space);
    padding: 0.5em var(--_space) var(--_space);
    min-width: 0;
  }
  fieldset[aria-invalid='true'] { border-color: var(--_error); border-width: 2px; }
  legend { font-weight: 600; padding: 0 0.25em; }
  .language-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: 0.25em var(--_space);
    margin-bottom: var(--_space);
  }
  .language-grid .check { margin: 0; }
  .endonym { color: var(--_muted); }
  .consent-version { margin: 0.25em 0 0; }
  .error-summary, .submit-error, .list-error {
    border: 2px solid var(--_error);
    border-radius: calc(var(--_radius) / 2);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-summary:focus, .submit-error:focus, .notice:focus, h3:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .error-summary p, .submit-error p, .list-error p { margin: 0 0 0.5em; font-weight: 600; }
  .summary-list li { margin: 0.25em 0; }
  button.link {
    all: unset;
    cursor: pointer;
    color: var(--_error);
    text-decoration: underline;
    font-weight: 600;
  }
  button.link:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; margin-top: var(--_space); }
  .confirmation dl { margin: 0 0 var(--_space); }
  .confirmation dt { font-weight: 600; }
  .confirmation dd { margin: 0 0 0.5em; }
  a.calendar {
    display: inline-block;
    font-weight: 600;
    padding: 0.5em 1em;
    min-height: 44px;
    border: 2px solid var(--_primary);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_primary);
    text-decoration: none;
  }
  a.calendar:hover { text-decoration: underline; }
`;
