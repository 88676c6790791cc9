import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './en.js';
import type { later } from './later.en.js';

export type { MessageId } from './en.js';

/** This widget's own ids (what its catalogue holds; `MessageId` adds the shared ones). */
export type OwnMessageId = keyof typeof en | keyof typeof later;

/** <local-groups>'s catalogue: English is bundled with the widget, other languages are lazy chunks. */
// Typed with the later ids too: they are only drawn by the lazy chunk that adds their English (later.en.ts).
export const catalogue = defineMessages(en as typeof en & typeof later, () => import('./translations.js'));
