import type { Catalogue } from './en.js';

// Gujarati (gu). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "લોડ થઈ રહ્યું છે…",
  "common.retry": "ફરી પ્રયાસ કરો",
  "common.networkError": "અમે સર્વર સુધી પહોંચી શક્યા નહીં. તમારું કનેક્શન તપાસો અને ફરી પ્રયાસ કરો.",
  "common.offline": "લાગે છે કે તમે ઑફલાઇન છો. તમે જે લખ્યું છે તે અમે સાચવી રાખીશું; કનેક્ટ થાઓ ત્યારે ફરી પ્રયાસ કરો.",
  "common.serverError": "અમારી બાજુએ કંઈક ખોટું થયું. કૃપા કરીને થોડી વાર પછી ફરી પ્રયાસ કરો.",
  "common.rateLimited.one": "અત્યારે ઘણા લોકો મોકલી રહ્યા છે. કૃપા કરીને {count} સેકન્ડ રાહ જુઓ અને ફરી પ્રયાસ કરો.",
  "common.rateLimited.other": "અત્યારે ઘણા લોકો મોકલી રહ્યા છે. કૃપા કરીને {count} સેકન્ડ રાહ જુઓ અને ફરી પ્રયાસ કરો.",
  "common.originNotAllowed": "આ સાઇટ હજુ ઝુંબેશના સર્વરને મોકલવા માટે ગોઠવાઈ નથી, તેથી કંઈ મોકલાયું નથી. કૃપા કરીને સાઇટના માલિકને જણાવો, અથવા પછી ફરી પ્રયાસ કરો.",
  "common.required": "(ફરજિયાત)",
  "common.optional": "(વૈકલ્પિક)",
  "field.required": "કૃપા કરીને આ ખાનું ભરો.",
  "field.too_short": "આ ખૂબ ટૂંકું છે.",
  "field.too_long": "આ ખૂબ લાંબું છે.",
  "field.invalid_format": "આ સાચું લાગતું નથી. કૃપા કરીને તપાસો.",
  "field.invalid_value": "આ મૂલ્ય સ્વીકાર્ય નથી.",
  "field.must_accept": "આગળ વધવા માટે કૃપા કરીને આ ખાનામાં ટિક કરો.",
  "field.email.invalid_format": "name@example.org જેવું ઇમેઇલ સરનામું લખો.",
  "field.phone.invalid_format": "અંકો, જગ્યાઓ અને ઇચ્છો તો + સાથે ફોન નંબર લખો.",
  "form.fixErrors": "કૃપા કરીને ચિહ્નિત ખાનાં સુધારો.",
};
