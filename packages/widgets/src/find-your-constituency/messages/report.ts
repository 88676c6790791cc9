import { defineMessages } from '../../core/i18n/localize.js';
import { en } from './report.en.js';

export type { ReportMessageId } from './report.en.js';

/** The report link's catalogue: English in the report chunk, other languages lazy. */
export const reportCatalogue = defineMessages(en, () => import('./report.translations.js'));
