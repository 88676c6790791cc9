import type { Translation } from '../../core/i18n/localize.js';

/**
 * "Report a problem with this answer": its strings live in its own lazy chunk (with their translations as further
 * lazy chunks), so the finder's main bundle carries none of them.
 */
export const en = {
  'report.link': 'Report a problem with this answer',
  'report.label': 'What is wrong with this answer?',
  'report.hint': 'For example the MP or party. Please do not include your name, address or other personal details.',
  'report.send': 'Send report',
  'report.cancel': 'Cancel',
  'report.sending': 'Sending…',
  'report.sent': 'Thank you. Your report was received and the organisers will check this answer.',
  'report.empty': 'Please say what is wrong.',
  'report.subject': 'Problem with a constituency answer ({area})',
  'report.body': 'Postcode area: {area}\nAnswer shown: {answer}\n\nWhat is wrong:\n',
} as const;

export type ReportMessageId = keyof typeof en;
export type ReportCatalogue = Translation<typeof en>;
