import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './targets.en.js';

export type { TargetsMessageId } from './targets.en.js';

/** The targets list's and the hex map's catalogue: English in their chunks, other languages lazy. */
export const targetsCatalogue = defineMessages(en, () => import('./targets.translations.js'));
