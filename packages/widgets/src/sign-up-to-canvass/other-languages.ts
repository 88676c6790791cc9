/**
 * Reading the "other languages" box of the canvass and introduction forms: only needed when a form is checked, so it
 * lives in the forms' lazy chunks, not with the checkboxes every first load draws (issue 17).
 */

/**
 * Codes we try when a supporter types a language *name* into "other":
 * ISO 639-1 plus a few widely spoken languages that only have longer codes.
 */
const NAME_CANDIDATES = (
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
  'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km ' +
  'kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om ' +
  'or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ' +
  'ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ' +
  'yue cmn ckb kmr hak fil bfi ase sgn tet kri pcm'
).split(' ');

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

function displayNames(lang: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'language', fallback: 'none' });
  } catch {
    return null;
  }
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();

export type OtherLanguagesResult = { ok: true; tags: string[] } | { ok: false; unknown: string };

/**
 * Reads the "other languages" box: comma- or semicolon-separated names
 * ("Yoruba", "Tagalog", in English or the supporter's language) or tags
 * ("yo", "pt-BR"). Returns canonical tags, or the first part it could not read.
 */
export function parseOtherLanguages(input: string, lang: string): OtherLanguagesResult {
  const parts = input.split(/[,;،、\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: true, tags: [] };
  const local = displayNames(lang);
  const english = displayNames('en');
  let byName: Map<string, string> | null = null;
  const tags: string[] = [];
  for (const part of parts) {
    let tag: string | undefined;
    if (LANGUAGE_TAG.test(part)) {
      try {
        const canonical = Intl.getCanonicalLocales(part)[0];
        // Only a tag a browser can name is a language we understand ("xx" is not).
        if (canonical && (local?.of(canonical) ?? english?.of(canonical))) tag = canonical;
      } catch {
        // not a well-formed tag: try it as a name below
      }
    }
    if (!tag) {
      if (!byName) {
        byName = new Map();
        for (const code of NAME_CANDIDATES) {
          for (const names of [english, local]) {
            const name = names?.of(code);
            if (name && !byName.has(fold(name))) byName.set(fold(name), code);
          }
        }
      }
      tag = byName.get(fold(part));
    }
    if (!tag) return { ok: false, unknown: part };
    if (!tags.includes(tag)) tags.push(tag);
  }
  return { ok: true, tags };
}
