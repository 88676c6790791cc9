import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './eligibility.en.js';

export type { EligibilityMessageId } from './eligibility.en.js';

/** The "Can I vote?" explainer's catalogue: English in the explainer's chunk, other languages lazy. */
export const eligibilityCatalogue = defineMessages(en, () => import('./eligibility.translations.js'));
