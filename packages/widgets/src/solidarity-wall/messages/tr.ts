import type { Catalogue } from './en.js';

// Turkish (tr). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "Dayanışma mesajları",
  "wall.totals": "{messages}, {countries}",
  "wall.messages.one": "{count} mesaj",
  "wall.messages.other": "{count} mesaj",
  "wall.countries.one": "{count} ülkeden",
  "wall.countries.other": "{count} ülkeden",
  "wall.writtenIn": "Yazıldığı dil: {language}",
  "wall.empty": "Henüz mesaj yok. İlk mesajı siz gönderin.",
  "wall.error": "Mesajları yükleyemedik.",
  "wall.loadMore": "Daha fazla yükle",
  "wall.loadingMore": "Daha fazla mesaj yükleniyor…",
  "wall.newMessages": "Yeni mesajlar geldi.",
  "wall.pledgeCount.one": "Bölgende {count} kişi oy vermeye söz verdi",
  "wall.pledgeCount.other": "Bölgende {count} kişi oy vermeye söz verdi",
};
