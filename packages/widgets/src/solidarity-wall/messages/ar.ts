import type { Catalogue } from './en.js';

// Arabic (ar). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "wall.heading": "رسائل التضامن",
  "wall.totals": "{messages} من {countries}",
  "wall.messages.zero": "{count} رسالة",
  "wall.messages.one": "رسالة واحدة",
  "wall.messages.two": "رسالتان",
  "wall.messages.few": "{count} رسائل",
  "wall.messages.many": "{count} رسالة",
  "wall.messages.other": "{count} رسالة",
  "wall.countries.zero": "{count} بلد",
  "wall.countries.one": "بلد واحد",
  "wall.countries.two": "بلدين",
  "wall.countries.few": "{count} بلدان",
  "wall.countries.many": "{count} بلدًا",
  "wall.countries.other": "{count} بلد",
  "wall.writtenIn": "اللغة: {language}",
  "wall.empty": "لا توجد رسائل بعد. كن أول من يرسل رسالة.",
  "wall.error": "تعذّر تحميل الرسائل.",
  "wall.loadMore": "عرض المزيد",
  "wall.loadingMore": "جارٍ تحميل المزيد من الرسائل…",
  "wall.newMessages": "وصلت رسائل جديدة.",
  "wall.pledgeCount.few": "تعهّد {count} أشخاص في منطقتك بالتصويت",
  "wall.pledgeCount.many": "تعهّد {count} شخصًا في منطقتك بالتصويت",
  "wall.pledgeCount.one": "تعهّد شخص واحد في منطقتك بالتصويت",
  "wall.pledgeCount.two": "تعهّد شخصان في منطقتك بالتصويت",
  "wall.pledgeCount.zero": "لم يتعهّد أحد في منطقتك بالتصويت بعد",
  "wall.pledgeCount.other": "تعهّد {count} شخص في منطقتك بالتصويت",
};
