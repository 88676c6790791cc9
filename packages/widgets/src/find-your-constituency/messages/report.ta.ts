import type { ReportCatalogue } from './report.en.js';

// Tamil (ta). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: ReportCatalogue = {
  "report.link": "இந்தப் பதிலில் உள்ள சிக்கலைப் புகாரளிக்கவும்",
  "report.label": "இந்தப் பதிலில் என்ன தவறு?",
  "report.hint": "எ.கா. நாடாளுமன்ற உறுப்பினர் அல்லது கட்சி. உங்கள் பெயர், முகவரி அல்லது பிற தனிப்பட்ட விவரங்களைச் சேர்க்க வேண்டாம்.",
  "report.send": "புகாரை அனுப்பு",
  "report.cancel": "ரத்துசெய்",
  "report.sending": "அனுப்புகிறது…",
  "report.sent": "நன்றி. உங்கள் புகார் கிடைத்தது; ஒருங்கிணைப்பாளர்கள் இந்தப் பதிலைச் சரிபார்ப்பார்கள்.",
  "report.empty": "என்ன தவறு என்று கூறுங்கள்.",
  "report.subject": "தொகுதிப் பதிலில் சிக்கல் ({area})",
  "report.body": "அஞ்சல் குறியீட்டுப் பகுதி: {area}\nகாட்டப்பட்ட பதில்: {answer}\n\nஎன்ன தவறு:\n",
};
