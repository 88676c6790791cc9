import type { Catalogue } from './en.js';

// Bengali (bn). Drafted without a native speaker: please have it reviewed before relying on it (docs/i18n.md).
// Plural forms: one, other (Intl.PluralRules). Proper names, postcodes and party names stay as in English.
export const messages: Catalogue = {
  "common.loading": "লোড হচ্ছে…",
  "common.retry": "আবার চেষ্টা করুন",
  "common.networkError": "আমরা সার্ভারে পৌঁছাতে পারিনি। আপনার সংযোগ পরীক্ষা করে আবার চেষ্টা করুন।",
  "common.offline": "মনে হচ্ছে আপনি অফলাইনে আছেন। আপনি যা লিখেছেন তা আমরা রেখে দেব; সংযোগ ফিরলে আবার চেষ্টা করুন।",
  "common.serverError": "আমাদের দিকে কিছু ভুল হয়েছে। অনুগ্রহ করে একটু পরে আবার চেষ্টা করুন।",
  "common.rateLimited.one": "এই মুহূর্তে অনেকে একসাথে পাঠাচ্ছেন। অনুগ্রহ করে {count} সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন।",
  "common.rateLimited.other": "এই মুহূর্তে অনেকে একসাথে পাঠাচ্ছেন। অনুগ্রহ করে {count} সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন।",
  "common.originNotAllowed": "এই সাইটটি এখনও প্রচারণার সার্ভারে পাঠানোর জন্য সেট আপ করা হয়নি, তাই কিছুই পাঠানো হয়নি। অনুগ্রহ করে সাইটের মালিককে জানান, অথবা পরে আবার চেষ্টা করুন।",
  "common.required": "(আবশ্যক)",
  "common.optional": "(ঐচ্ছিক)",
  "field.required": "অনুগ্রহ করে এই ঘরটি পূরণ করুন।",
  "field.too_short": "এটি খুব ছোট।",
  "field.too_long": "এটি খুব দীর্ঘ।",
  "field.invalid_format": "এটি ঠিক মনে হচ্ছে না। অনুগ্রহ করে যাচাই করুন।",
  "field.invalid_value": "এই মান গ্রহণযোগ্য নয়।",
  "field.must_accept": "এগিয়ে যেতে অনুগ্রহ করে এই বাক্সে টিক দিন।",
  "field.email.invalid_format": "name@example.org এর মতো একটি ইমেল ঠিকানা লিখুন।",
  "field.phone.invalid_format": "অঙ্ক, ফাঁকা জায়গা এবং ইচ্ছা হলে + দিয়ে একটি ফোন নম্বর লিখুন।",
  "form.fixErrors": "অনুগ্রহ করে চিহ্নিত ঘরগুলো ঠিক করুন।",
};
