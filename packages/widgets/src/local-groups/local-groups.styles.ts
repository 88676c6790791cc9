import { css } from 'lit';

export const styles = css`
  .groups { list-style: none; padding: 0; margin: 0 0 var(--_space); display: grid; gap: var(--_space); }
  .group { border-top: 1px solid var(--sw-color-frame, #d0d0d0); padding-top: var(--_space); }
  .group h3 { margin-bottom: 0.25em; overflow-wrap: anywhere; }
  .group p { margin-bottom: 0.25em; }
  [part~='contact'] a { overflow-wrap: anywhere; }
  [part~='error'] > button { margin-top: 0.25em; }
`;
