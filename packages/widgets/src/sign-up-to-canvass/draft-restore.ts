import type { CanvassDraft } from './draft-storage.js';

// Reading a saved draft's values back is only needed once the form is open, so it lives in the form's lazy chunk.
const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 500) : '');

/** A stored draft's values, read defensively: anything on the page could have written the key. */
export function draftValues(values: Partial<CanvassDraft>): CanvassDraft {
  return {
    name: str(values.name),
    email: str(values.email),
    phone: str(values.phone),
    languages: Array.isArray(values.languages) ? values.languages.filter((l): l is string => typeof l === 'string').slice(0, 40) : [],
    otherLanguages: str(values.otherLanguages),
    firstTime: values.firstTime === true,
  };
}
