import type { Catalogue } from './en.js';

// Tamil (ta). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "groups.heading": "உள்ளூர்க் குழுக்கள்",
  "groups.headingNear": "{name} அருகிலுள்ள குழுக்கள்",
  "groups.prompt": "உங்கள் அருகில் செயல்படும் குழுக்களைக் காண உங்கள் தொகுதியைக் கண்டறியுங்கள்.",
  "groups.loading": "உள்ளூர்க் குழுக்கள் ஏற்றப்படுகின்றன…",
  "groups.loaded.one": "{name} அருகில் {count} குழு பட்டியலிடப்பட்டுள்ளது.",
  "groups.loaded.other": "{name} அருகில் {count} குழுக்கள் பட்டியலிடப்பட்டுள்ளன.",
  "groups.empty": "{name} அருகில் இன்னும் குழுக்கள் பட்டியலிடப்படவில்லை.",
  "groups.emptyNoSeat": "அந்த அஞ்சல் குறியீட்டை எந்தத் தொகுதியிலும் பொருத்த முடியவில்லை, எனவே அதற்குக் குழுக்களைக் காட்ட முடியாது.",
  "groups.addYours": "உங்கள் அமைப்பு இங்கே செயல்படுகிறதா? அறிமுகமும் பட்டியலிடலும் கோருங்கள்.",
  "groups.error": "உள்ளூர்க் குழுக்களை ஏற்ற முடியவில்லை.",
  "groups.here": "{name} இல்",
  "groups.away": "{km} கி.மீ. தொலைவில், {name} இல்",
  "groups.languages": "மொழிகள்: {list}",
  "groups.offers": "வழங்குவது: {list}",
  "groups.contact": "தொடர்பு: ",
  "groups.type.union_branch": "தொழிற்சங்கக் கிளை",
  "groups.type.diaspora_association": "புலம்பெயர்ந்தோர் சங்கம்",
  "groups.type.community_group": "சமூகக் குழு",
  "groups.type.faith_group": "சமயக் குழு",
  "groups.type.other": "அமைப்பு",
  "groups.offer.canvassers": "வீடு வீடாகப் பிரச்சாரம் செய்பவர்கள்",
  "groups.offer.translators": "மொழிபெயர்ப்பாளர்கள்",
  "groups.offer.venues": "இடங்கள்",
  "groups.offer.publicity": "விளம்பரம்",
  "groups.note": "பட்டியல்கள் தோன்றும் முன் மதிப்பீட்டாளர் சரிபார்க்கிறார்.",
};
