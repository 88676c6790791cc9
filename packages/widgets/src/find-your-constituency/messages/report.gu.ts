import type { ReportCatalogue } from './report.en.js';

// Gujarati (gu). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "આ જવાબમાં સમસ્યાની જાણ કરો",
  "report.label": "આ જવાબમાં શું ખોટું છે?",
  "report.hint": "ઉદાહરણ તરીકે સાંસદ અથવા પક્ષ. કૃપા કરીને તમારું નામ, સરનામું કે અન્ય અંગત વિગતો ન લખો.",
  "report.send": "જાણ મોકલો",
  "report.cancel": "રદ કરો",
  "report.sending": "મોકલી રહ્યા છીએ…",
  "report.sent": "આભાર. તમારી જાણ મળી ગઈ છે અને આયોજકો આ જવાબ તપાસશે.",
  "report.empty": "કૃપા કરીને જણાવો કે શું ખોટું છે.",
  "report.subject": "મતવિસ્તારના જવાબમાં સમસ્યા ({area})",
  "report.body": "પોસ્ટકોડ વિસ્તાર: {area}\nદર્શાવેલ જવાબ: {answer}\n\nશું ખોટું છે:\n",
};
