import type { Catalogue } from './en.js';

// Tamil (ta). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "ஏற்றுகிறது…",
  "common.retry": "மீண்டும் முயலவும்",
  "common.networkError": "சேவையகத்தை அடைய முடியவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.",
  "common.offline": "நீங்கள் இணைப்பில் இல்லை எனத் தெரிகிறது. நீங்கள் எழுதியதை வைத்திருப்போம்; இணைந்ததும் மீண்டும் முயலவும்.",
  "common.serverError": "எங்கள் பக்கத்தில் ஏதோ தவறு நடந்தது. சிறிது நேரம் கழித்து மீண்டும் முயலவும்.",
  "common.rateLimited.one": "இப்போது பலர் அனுப்பிக்கொண்டிருக்கிறார்கள். {count} வினாடி காத்திருந்து மீண்டும் முயலவும்.",
  "common.rateLimited.other": "இப்போது பலர் அனுப்பிக்கொண்டிருக்கிறார்கள். {count} வினாடிகள் காத்திருந்து மீண்டும் முயலவும்.",
  "common.originNotAllowed": "இந்தத் தளம் பிரச்சாரத்தின் சேவையகத்துக்கு அனுப்ப இன்னும் அமைக்கப்படவில்லை, எனவே எதுவும் அனுப்பப்படவில்லை. தளத்தின் உரிமையாளரிடம் தெரிவிக்கவும், அல்லது பின்னர் மீண்டும் முயலவும்.",
  "common.required": "(கட்டாயம்)",
  "common.optional": "(விருப்பத்தேர்வு)",
  "field.required": "இந்தப் புலத்தை நிரப்பவும்.",
  "field.too_short": "இது மிகவும் சிறியது.",
  "field.too_long": "இது மிகவும் நீளமானது.",
  "field.invalid_format": "இது சரியாகத் தெரியவில்லை. சரிபார்க்கவும்.",
  "field.invalid_value": "இந்த மதிப்பு ஏற்கப்படாது.",
  "field.must_accept": "தொடர இந்தப் பெட்டியில் குறியிடவும்.",
  "field.email.invalid_format": "name@example.org போன்ற மின்னஞ்சல் முகவரியை உள்ளிடவும்.",
  "field.phone.invalid_format": "எண்கள், இடைவெளிகள், விரும்பினால் + கொண்டு தொலைபேசி எண்ணை உள்ளிடவும்.",
  "form.fixErrors": "குறிக்கப்பட்ட புலங்களைத் திருத்தவும்.",
};
