import type { Catalogue } from './en.js';

export const messages: Catalogue = {};
