import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './en.js';

export type { MessageId } from './en.js';

/** This widget's own ids (what its catalogue holds; `MessageId` adds the shared ones). */
export type OwnMessageId = keyof typeof en;

/** <pledge-to-vote>'s catalogue: English is bundled with the widget, other languages are lazy chunks. */
export const catalogue = defineMessages(en, () => import('./translations.js'));
