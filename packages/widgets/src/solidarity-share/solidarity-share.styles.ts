import { css } from 'lit';

export const styles = css`
  :host { display: block; margin-block-start: var(--_space); }
  [part~='base'] { padding: 0; border: 0; box-shadow: none; background: transparent; }
  h3 { font-size: 1em; margin: 0 0 calc(var(--_space) / 2); }
  ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: calc(var(--_space) / 2); }
  a, button { min-height: 44px; display: inline-flex; align-items: center; }
  a { padding: 0 0.75em; border: 1px solid currentColor; border-radius: 0.4em; color: inherit; }
  a:focus-visible, button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
`;
