import type { Catalogue } from './en.js';

// Translations are partial: any id missing here falls back to English.
export const messages: Catalogue = {
  'groups.heading': 'المجموعات المحلية',
  'groups.headingNear': 'مجموعات قرب {name}',
  'groups.prompt': 'ابحثوا عن دائرتكم الانتخابية لتروا المجموعات العاملة قربكم.',
  'groups.loading': 'جارٍ تحميل المجموعات المحلية…',
  'groups.loaded': 'عدد المجموعات المدرجة قرب {name}: {count}.',
  'groups.empty': 'لا توجد مجموعات مدرجة قرب {name} بعد.',
  'groups.emptyNoSeat': 'لم نتمكن من تحديد دائرة انتخابية لهذا الرمز البريدي، لذا لا يمكننا عرض مجموعات له.',
  'groups.addYours': 'هل منظمتكم ناشطة هنا؟ اطلبوا التعارف والإدراج في الدليل.',
  'groups.error': 'تعذّر تحميل المجموعات المحلية.',
  'groups.here': 'في {name}',
  'groups.away': 'على بعد {km} كم، في {name}',
  'groups.languages': 'اللغات: {list}',
  'groups.offers': 'تقدّم: {list}',
  'groups.contact': 'للتواصل: ',
  'groups.type.union_branch': 'فرع نقابة عمالية',
  'groups.type.diaspora_association': 'جمعية جالية',
  'groups.type.community_group': 'مجموعة مجتمعية',
  'groups.type.faith_group': 'مجموعة دينية',
  'groups.type.other': 'منظمة',
  'groups.offer.canvassers': 'متطوعين للطرق على الأبواب',
  'groups.offer.translators': 'مترجمين',
  'groups.offer.venues': 'أماكن للاجتماع',
  'groups.offer.publicity': 'الدعاية',
  'groups.note': 'يراجع أحد المشرفين الإدراجات قبل ظهورها.',
};
