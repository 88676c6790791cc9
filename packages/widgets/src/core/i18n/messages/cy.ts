import type { Catalogue } from './en.js';

// Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md). An id missing here falls back to English.
export const messages: Catalogue = {
  "common.loading": "Wrthi’n llwytho…",
  "common.retry": "Rhowch gynnig arall arni",
  "common.rateLimited.zero": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.one": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.two": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.few": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.many": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} eiliad a rhowch gynnig arall arni.",
  "common.rateLimited.other": "Mae llawer o bobl yn anfon pethau ar hyn o bryd. Arhoswch {count} o eiliadau a rhowch gynnig arall arni.",
  "common.originNotAllowed": "Nid yw’r wefan hon wedi’i gosod eto i anfon at weinydd yr ymgyrch, felly ni anfonwyd dim. Rhowch wybod i berchennog y wefan, neu rhowch gynnig arall arni yn nes ymlaen.",
  "field.required": "Llenwch y maes hwn.",
  "common.networkError": "Ni allem gysylltu â’r gweinydd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
  "common.offline": "Mae’n ymddangos eich bod all-lein. Byddwn yn cadw’r hyn a deipiwyd gennych; rhowch gynnig arall arni pan fyddwch wedi cysylltu.",
  "common.serverError": "Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni mewn munud.",
  "common.required": "(gofynnol)",
  "common.optional": "(dewisol)",
  "field.too_short": "Mae hwn yn rhy fyr.",
  "field.too_long": "Mae hwn yn rhy hir.",
  "field.invalid_format": "Nid yw hyn yn edrych yn iawn. Gwiriwch ef.",
  "field.invalid_value": "Ni dderbynnir y gwerth hwn.",
  "field.must_accept": "Ticiwch y blwch hwn i barhau.",
  "field.email.invalid_format": "Rhowch gyfeiriad e-bost fel enw@example.org.",
  "field.phone.invalid_format": "Rhowch rif ffôn gan ddefnyddio digidau, bylchau a + os dymunwch.",
  "form.fixErrors": "Cywirwch y meysydd sydd wedi’u hamlygu.",
};
