import type { Catalogue } from './en.js';

// Bengali (bn). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "wall.heading": "সংহতির বার্তা",
  "wall.totals": "{countries} থেকে {messages}",
  "wall.messages.one": "{count}টি বার্তা",
  "wall.messages.other": "{count}টি বার্তা",
  "wall.countries.one": "{count}টি দেশ",
  "wall.countries.other": "{count}টি দেশ",
  "wall.writtenIn": "{language} ভাষায় লেখা",
  "wall.empty": "এখনও কোনো বার্তা নেই। প্রথম বার্তাটি আপনিই পাঠান।",
  "wall.error": "বার্তাগুলো লোড করা যায়নি।",
  "wall.loadMore": "আরও লোড করুন",
  "wall.loadingMore": "আরও বার্তা লোড হচ্ছে…",
  "wall.newMessages": "নতুন বার্তা এসেছে।",
  "wall.pledgeCount.one": "আপনার এলাকায় {count} জন ভোট দেওয়ার অঙ্গীকার করেছেন",
  "wall.pledgeCount.other": "আপনার এলাকায় {count} জন ভোট দেওয়ার অঙ্গীকার করেছেন",
};
