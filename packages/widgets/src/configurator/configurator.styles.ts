import { css } from 'lit';

// The configurator's own look: plain, readable, one column on a phone (360 px), controls beside the preview from
// 900 px. Not themed with the widgets' --sw-* tokens: those are what the user is choosing, for the preview only.
export const styles = css`
  :host {
    display: block;
    max-inline-size: 80rem;
    margin-inline: auto;
    font-family: system-ui, sans-serif;
    color: #1a1a1a;
    line-height: 1.5;
  }
  .layout {
    display: grid;
    gap: 1.5rem;
  }
  @media (min-width: 900px) {
    .layout {
      grid-template-columns: minmax(18rem, 26rem) 1fr;
      align-items: start;
    }
  }
  fieldset {
    border: 1px solid #c4c4c4;
    border-radius: 0.5rem;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-block: 0.25rem;
  }
  .colour {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-block: 0.375rem;
  }
  .colour label {
    flex: 1;
  }
  input[type='text'],
  input[type='url'],
  select {
    font: inherit;
    padding: 0.375rem 0.5rem;
    border: 1px solid #767676;
    border-radius: 0.375rem;
    max-width: 100%;
    box-sizing: border-box;
  }
  input[type='color'] {
    inline-size: 3rem;
    block-size: 2rem;
    padding: 0;
    border: 1px solid #767676;
    border-radius: 0.25rem;
  }
  .hint {
    color: #595959;
    font-size: 0.875em;
    margin: 0;
  }
  .error {
    color: #b3261e;
    font-size: 0.875em;
    margin: 0;
  }
  button {
    font: inherit;
    padding: 0.375rem 0.875rem;
    border-radius: 0.375rem;
    border: 1px solid #1a5fb4;
    background: #1a5fb4;
    color: #fff;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: #1a5fb4;
  }
  :focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 0;
  }
  .snippet {
    margin-block: 1rem 1.5rem;
  }
  .snippet-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
    align-items: center;
    margin-block-end: 0.375rem;
  }
  textarea {
    display: block;
    inline-size: 100%;
    box-sizing: border-box;
    font: 0.8125rem/1.45 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    padding: 0.5rem;
    border: 1px solid #767676;
    border-radius: 0.375rem;
    background: #f6f6f6;
    color: #1a1a1a;
    resize: vertical;
    white-space: pre;
    overflow-x: auto;
  }
  .preview {
    border: 1px dashed #767676;
    border-radius: 0.5rem;
    padding: 1rem;
    display: grid;
    gap: 1.5rem;
    min-width: 0;
  }
  .status {
    min-block-size: 1.5em;
    margin: 0 0 0.5rem;
  }
`;
