import type { Catalogue } from './en.js';

// Bengali (bn). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "অন্যদেরও যোগ দিতে বলুন",
  "share.text": "আমি এইমাত্র অংশ নিয়েছি — আপনিও যোগ দিন এবং জানুন আপনার সাহায্য কোথায় কাজে লাগে: {url}",
  "share.textSeat": "আমি {seat}-এ সাহায্য করছি — জানুন আপনার সাহায্য কোথায় কাজে লাগে: {url}",
  "share.native": "শেয়ার করুন…",
  "share.on": "{network}-এ শেয়ার করুন",
  "share.email": "ইমেলে শেয়ার করুন",
  "share.subject": "যোগ দিন",
  "share.copy": "লিঙ্ক কপি করুন",
  "share.copied": "লিঙ্ক কপি হয়েছে।",
  "share.address": "শেয়ার করার লিঙ্ক",
};
