import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
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
};
