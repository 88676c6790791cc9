import type { Catalogue } from './en.js';

// Lithuanian (lt). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: few, many, one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "Įkeliama…",
  "common.retry": "Bandyti dar kartą",
  "common.networkError": "Nepavyko susisiekti su serveriu. Patikrinkite ryšį ir bandykite dar kartą.",
  "common.offline": "Atrodo, kad esate neprisijungę prie interneto. Tai, ką įvedėte, išsaugosime; bandykite dar kartą, kai prisijungsite.",
  "common.serverError": "Mūsų pusėje kažkas nepavyko. Bandykite dar kartą po akimirkos.",
  "common.rateLimited.few": "Dabar daug žmonių siunčia vienu metu. Palaukite {count} sekundes ir bandykite dar kartą.",
  "common.rateLimited.many": "Dabar daug žmonių siunčia vienu metu. Palaukite {count} sekundės ir bandykite dar kartą.",
  "common.rateLimited.one": "Dabar daug žmonių siunčia vienu metu. Palaukite {count} sekundę ir bandykite dar kartą.",
  "common.rateLimited.other": "Dabar daug žmonių siunčia vienu metu. Palaukite {count} sekundžių ir bandykite dar kartą.",
  "common.originNotAllowed": "Ši svetainė dar nesukonfigūruota siųsti į kampanijos serverį, todėl niekas nebuvo išsiųsta. Praneškite svetainės savininkui arba bandykite vėliau.",
  "common.required": "(privaloma)",
  "common.optional": "(neprivaloma)",
  "field.required": "Užpildykite šį laukelį.",
  "field.too_short": "Per trumpa.",
  "field.too_long": "Per ilga.",
  "field.invalid_format": "Atrodo neteisingai. Patikrinkite.",
  "field.invalid_value": "Ši reikšmė nepriimama.",
  "field.must_accept": "Pažymėkite šį langelį, kad galėtumėte tęsti.",
  "field.email.invalid_format": "Įveskite el. pašto adresą, pvz., name@example.org.",
  "field.phone.invalid_format": "Įveskite telefono numerį skaitmenimis, tarpais ir, jei norite, +.",
  "form.fixErrors": "Pataisykite pažymėtus laukelius.",
};
