import { css } from 'lit';

export const finderStyles = css``;
