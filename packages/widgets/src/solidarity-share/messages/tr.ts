import type { Catalogue } from './en.js';

// Turkish (tr). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "share.heading": "Başkalarını da katılmaya davet edin",
  "share.text": "Az önce katıldım — sen de katıl ve yardımının nerede önemli olduğunu öğren: {url}",
  "share.textSeat": "{seat} bölgesinde yardım ediyorum — yardımının nerede önemli olduğunu öğren: {url}",
  "share.native": "Paylaş…",
  "share.on": "{network} ile paylaş",
  "share.email": "E-postayla paylaş",
  "share.subject": "Sen de katıl",
  "share.copy": "Bağlantıyı kopyala",
  "share.copied": "Bağlantı kopyalandı.",
  "share.address": "Paylaşılacak bağlantı",
};
