import type { Catalogue } from './en.js';

// Somali (so). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "Waa la soo rarayaa…",
  "common.retry": "Isku day mar kale",
  "common.networkError": "Ma aanu gaari karin adeegaha (server-ka). Hubi xiriirkaaga oo isku day mar kale.",
  "common.offline": "Waxay u muuqataa inaadan internetka ku xirnayn. Waxaan kaydin doonnaa waxaad qortay; isku day mar kale marka aad ku xirmato.",
  "common.serverError": "Cillad ayaa dhinacayaga ka dhacday. Fadlan isku day mar kale wax yar kadib.",
  "common.rateLimited.one": "Dad badan ayaa hadda wax soo diraya. Fadlan sug {count} ilbiriqsi oo isku day mar kale.",
  "common.rateLimited.other": "Dad badan ayaa hadda wax soo diraya. Fadlan sug {count} ilbiriqsi oo isku day mar kale.",
  "common.originNotAllowed": "Boggan weli looma diyaarin inuu wax u diro adeegaha ololaha, sidaas darteed waxba lama dirin. Fadlan u sheeg milkiilaha bogga, ama isku day mar dambe.",
  "common.required": "(waa qasab)",
  "common.optional": "(ikhtiyaari)",
  "field.required": "Fadlan buuxi goobtan.",
  "field.too_short": "Tani aad bay u gaaban tahay.",
  "field.too_long": "Tani aad bay u dheer tahay.",
  "field.invalid_format": "Tani uma muuqato mid sax ah. Fadlan hubi.",
  "field.invalid_value": "Qiimahan lama aqbalo.",
  "field.must_accept": "Fadlan calaamadee sanduuqan si aad u sii wadato.",
  "field.email.invalid_format": "Geli cinwaan iimayl ah sida name@example.org.",
  "field.phone.invalid_format": "Geli lambar telefoon oo ka kooban tirooyin, meelo bannaan iyo + (ikhtiyaari).",
  "form.fixErrors": "Fadlan sax goobaha la calaamadeeyay.",
};
