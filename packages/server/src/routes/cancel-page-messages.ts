/**
 * The cancellation page's words, per language (docs/i18n.md). The page speaks the language of the sign-up: the
 * widget adds `lang=<its language>` to the link it shows (the form carries it on), else the browser's
 * `Accept-Language`, else English. Translations other than English are machine-drafted, not yet reviewed by a
 * native speaker. `{title}`, `{when}`, `{place}` are filled (escaped) by cancel-page.ts.
 *
 * Another language: add its strings here with every key (the type says which), and a plural form for each
 * category `Intl.PluralRules` gives it in `tooManyBody`.
 */

export interface CancelPageMessages {
  readonly notValidTitle: string;
  readonly notValidBody: string;
  readonly askTitle: string;
  readonly askBody: string;
  readonly askButton: string;
  readonly tooManyTitle: string;
  /** By plural category of the number of minutes (`other` is required). */
  readonly tooManyBody: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
  readonly doneTitle: string;
  readonly doneBody: string;
}

export const CANCEL_PAGE_MESSAGES = {
  en: {
    notValidTitle: 'This cancellation link does not work',
    notValidBody: 'The link may be incomplete or already used for a sign-up that was erased. Please contact the organiser of your session.',
    askTitle: 'Cancel your canvassing sign-up',
    askBody: 'Can’t make it? Cancelling frees your place for someone on the waiting list.',
    askButton: 'Cancel my place',
    tooManyTitle: 'Too many attempts',
    tooManyBody: {
      one: 'Please wait {count} minute and try the link from your confirmation again.',
      other: 'Please wait {count} minutes and try the link from your confirmation again.',
    },
    doneTitle: 'Your place is cancelled',
    doneBody: 'You are no longer signed up for {title} ({when}, {place}). Thank you for letting the organiser know.',
  },
  cy: {
    notValidTitle: 'Nid yw’r ddolen ganslo hon yn gweithio',
    notValidBody: 'Efallai fod y ddolen yn anghyflawn, neu wedi’i defnyddio eisoes ar gyfer cofrestriad a ddilëwyd. Cysylltwch â threfnydd eich sesiwn.',
    askTitle: 'Canslo’ch cofrestriad canfasio',
    askBody: 'Methu dod? Mae canslo’n rhyddhau’ch lle i rywun ar y rhestr aros.',
    askButton: 'Canslo fy lle',
    tooManyTitle: 'Gormod o ymdrechion',
    tooManyBody: {
      zero: 'Arhoswch {count} munud a rhowch gynnig eto ar y ddolen yn eich cadarnhad.',
      one: 'Arhoswch {count} munud a rhowch gynnig eto ar y ddolen yn eich cadarnhad.',
      two: 'Arhoswch {count} funud a rhowch gynnig eto ar y ddolen yn eich cadarnhad.',
      few: 'Arhoswch {count} munud a rhowch gynnig eto ar y ddolen yn eich cadarnhad.',
      many: 'Arhoswch {count} munud a rhowch gynnig eto ar y ddolen yn eich cadarnhad.',
      other: 'Arhoswch {count} o funudau a rhowch gynnig eto ar y ddolen yn eich cadarnhad.',
    },
    doneTitle: 'Mae’ch lle wedi’i ganslo',
    doneBody: 'Nid ydych wedi cofrestru mwyach ar gyfer {title} ({when}, {place}). Diolch am roi gwybod i’r trefnydd.',
  },
  pl: {
    notValidTitle: 'Ten link do rezygnacji nie działa',
    notValidBody: 'Link może być niekompletny albo dotyczyć zapisu, który został usunięty. Skontaktuj się z organizatorem spotkania.',
    askTitle: 'Zrezygnuj z zapisu na agitację',
    askBody: 'Nie możesz przyjść? Rezygnacja zwalnia miejsce dla osoby z listy oczekujących.',
    askButton: 'Rezygnuję z miejsca',
    tooManyTitle: 'Zbyt wiele prób',
    tooManyBody: {
      one: 'Odczekaj {count} minutę i ponownie otwórz link z potwierdzenia.',
      few: 'Odczekaj {count} minuty i ponownie otwórz link z potwierdzenia.',
      many: 'Odczekaj {count} minut i ponownie otwórz link z potwierdzenia.',
      other: 'Odczekaj {count} minuty i ponownie otwórz link z potwierdzenia.',
    },
    doneTitle: 'Twoje miejsce zostało zwolnione',
    doneBody: 'Nie jesteś już zapisany(-a) na {title} ({when}, {place}). Dziękujemy za poinformowanie organizatora.',
  },
  ar: {
    notValidTitle: 'رابط الإلغاء هذا لا يعمل',
    notValidBody: 'قد يكون الرابط ناقصًا أو سبق استخدامه لتسجيل تم حذفه. يُرجى التواصل مع منظّم جلستك.',
    askTitle: 'إلغاء تسجيلك في جولة الحملة',
    askBody: 'لا تستطيع الحضور؟ الإلغاء يُفسح مكانك لشخص على قائمة الانتظار.',
    askButton: 'ألغِ مكاني',
    tooManyTitle: 'محاولات كثيرة جدًا',
    tooManyBody: {
      zero: 'يُرجى الانتظار {count} دقيقة ثم تجربة الرابط من رسالة التأكيد مرة أخرى.',
      one: 'يُرجى الانتظار دقيقة واحدة ثم تجربة الرابط من رسالة التأكيد مرة أخرى.',
      two: 'يُرجى الانتظار دقيقتين ثم تجربة الرابط من رسالة التأكيد مرة أخرى.',
      few: 'يُرجى الانتظار {count} دقائق ثم تجربة الرابط من رسالة التأكيد مرة أخرى.',
      many: 'يُرجى الانتظار {count} دقيقةً ثم تجربة الرابط من رسالة التأكيد مرة أخرى.',
      other: 'يُرجى الانتظار {count} دقيقة ثم تجربة الرابط من رسالة التأكيد مرة أخرى.',
    },
    doneTitle: 'تم إلغاء مكانك',
    doneBody: 'لم تعد مسجّلًا في {title} ({when}، {place}). شكرًا لإبلاغك المنظّم.',
  },
  ro: {
    notValidTitle: 'Acest link de anulare nu funcționează',
    notValidBody: 'Linkul poate fi incomplet sau folosit deja pentru o înscriere care a fost ștearsă. Vă rugăm să contactați organizatorul sesiunii.',
    askTitle: 'Anulați înscrierea la campania din ușă în ușă',
    askBody: 'Nu puteți ajunge? Anularea eliberează locul pentru cineva de pe lista de așteptare.',
    askButton: 'Anulez locul meu',
    tooManyTitle: 'Prea multe încercări',
    tooManyBody: {
      one: 'Vă rugăm să așteptați {count} minut și să încercați din nou linkul din confirmare.',
      few: 'Vă rugăm să așteptați {count} minute și să încercați din nou linkul din confirmare.',
      other: 'Vă rugăm să așteptați {count} de minute și să încercați din nou linkul din confirmare.',
    },
    doneTitle: 'Locul dumneavoastră a fost anulat',
    doneBody: 'Nu mai sunteți înscris(ă) la {title} ({when}, {place}). Vă mulțumim că l-ați anunțat pe organizator.',
  },
  pt: {
    notValidTitle: 'Este link de cancelamento não funciona',
    notValidBody: 'O link pode estar incompleto ou já ter sido usado para uma inscrição que foi apagada. Contacte o organizador da sua sessão.',
    askTitle: 'Cancelar a sua inscrição na campanha porta a porta',
    askBody: 'Não pode ir? Ao cancelar, o seu lugar fica livre para alguém na lista de espera.',
    askButton: 'Cancelar o meu lugar',
    tooManyTitle: 'Demasiadas tentativas',
    tooManyBody: {
      one: 'Aguarde {count} minuto e volte a tentar o link da sua confirmação.',
      many: 'Aguarde {count} de minutos e volte a tentar o link da sua confirmação.',
      other: 'Aguarde {count} minutos e volte a tentar o link da sua confirmação.',
    },
    doneTitle: 'O seu lugar foi cancelado',
    doneBody: 'Já não está inscrito(a) em {title} ({when}, {place}). Obrigado por avisar o organizador.',
  },
  es: {
    notValidTitle: 'Este enlace de cancelación no funciona',
    notValidBody: 'Puede que el enlace esté incompleto o que ya se haya usado para una inscripción que se borró. Ponte en contacto con quien organiza tu sesión.',
    askTitle: 'Cancelar tu inscripción para hacer campaña puerta a puerta',
    askBody: '¿No puedes ir? Al cancelar, tu plaza queda libre para alguien de la lista de espera.',
    askButton: 'Cancelar mi plaza',
    tooManyTitle: 'Demasiados intentos',
    tooManyBody: {
      one: 'Espera {count} minuto y vuelve a probar el enlace de tu confirmación.',
      many: 'Espera {count} de minutos y vuelve a probar el enlace de tu confirmación.',
      other: 'Espera {count} minutos y vuelve a probar el enlace de tu confirmación.',
    },
    doneTitle: 'Tu plaza está cancelada',
    doneBody: 'Ya no estás inscrito/a en {title} ({when}, {place}). Gracias por avisar a quien organiza.',
  },
  it: {
    notValidTitle: 'Questo link di cancellazione non funziona',
    notValidBody: 'Il link potrebbe essere incompleto o già usato per un’iscrizione che è stata cancellata. Contatta chi organizza la tua sessione.',
    askTitle: 'Annulla la tua iscrizione al volantinaggio porta a porta',
    askBody: 'Non puoi esserci? Annullando liberi il tuo posto per qualcuno in lista d’attesa.',
    askButton: 'Annulla il mio posto',
    tooManyTitle: 'Troppi tentativi',
    tooManyBody: {
      one: 'Attendi {count} minuto e riprova il link della tua conferma.',
      many: 'Attendi {count} di minuti e riprova il link della tua conferma.',
      other: 'Attendi {count} minuti e riprova il link della tua conferma.',
    },
    doneTitle: 'Il tuo posto è stato annullato',
    doneBody: 'Non sei più iscritto/a a {title} ({when}, {place}). Grazie per averlo fatto sapere a chi organizza.',
  },
  fr: {
    notValidTitle: 'Ce lien d’annulation ne fonctionne pas',
    notValidBody: 'Le lien est peut-être incomplet, ou a déjà servi pour une inscription qui a été effacée. Contactez la personne qui organise votre session.',
    askTitle: 'Annuler votre inscription au porte-à-porte',
    askBody: 'Vous ne pouvez pas venir ? En annulant, vous libérez votre place pour une personne sur la liste d’attente.',
    askButton: 'Annuler ma place',
    tooManyTitle: 'Trop de tentatives',
    tooManyBody: {
      one: 'Veuillez patienter {count} minute, puis réessayez le lien de votre confirmation.',
      many: 'Veuillez patienter {count} de minutes, puis réessayez le lien de votre confirmation.',
      other: 'Veuillez patienter {count} minutes, puis réessayez le lien de votre confirmation.',
    },
    doneTitle: 'Votre place est annulée',
    doneBody: 'Vous n’êtes plus inscrit·e à {title} ({when}, {place}). Merci d’avoir prévenu l’organisateur.',
  },
  de: {
    notValidTitle: 'Dieser Stornierungslink funktioniert nicht',
    notValidBody: 'Der Link ist vielleicht unvollständig oder wurde schon für eine gelöschte Anmeldung verwendet. Bitte wenden Sie sich an die Organisation Ihres Termins.',
    askTitle: 'Ihre Anmeldung zum Haustürwahlkampf stornieren',
    askBody: 'Sie können nicht kommen? Wenn Sie stornieren, wird Ihr Platz für jemanden auf der Warteliste frei.',
    askButton: 'Meinen Platz stornieren',
    tooManyTitle: 'Zu viele Versuche',
    tooManyBody: {
      one: 'Bitte warten Sie {count} Minute und öffnen Sie dann den Link aus Ihrer Bestätigung noch einmal.',
      other: 'Bitte warten Sie {count} Minuten und öffnen Sie dann den Link aus Ihrer Bestätigung noch einmal.',
    },
    doneTitle: 'Ihr Platz ist storniert',
    doneBody: 'Sie sind nicht mehr für {title} ({when}, {place}) angemeldet. Danke, dass Sie Bescheid gegeben haben.',
  },
  bg: {
    notValidTitle: 'Тази връзка за отказ не работи',
    notValidBody: 'Връзката може да е непълна или вече използвана за записване, което е изтрито. Моля, свържете се с организатора на срещата си.',
    askTitle: 'Откажете записването си за агитация',
    askBody: 'Не можете да дойдете? Отказът освобождава мястото ви за някого от списъка с чакащи.',
    askButton: 'Отказвам мястото си',
    tooManyTitle: 'Твърде много опити',
    tooManyBody: {
      one: 'Моля, изчакайте {count} минута и опитайте отново връзката от потвърждението си.',
      other: 'Моля, изчакайте {count} минути и опитайте отново връзката от потвърждението си.',
    },
    doneTitle: 'Мястото ви е отменено',
    doneBody: 'Вече не сте записани за {title} ({when}, {place}). Благодарим, че уведомихте организатора.',
  },
  lt: {
    notValidTitle: 'Ši atšaukimo nuoroda neveikia',
    notValidBody: 'Nuoroda gali būti neišsami arba jau panaudota registracijai, kuri buvo ištrinta. Susisiekite su savo susitikimo organizatoriumi.',
    askTitle: 'Atšaukite savo registraciją agitacijai',
    askBody: 'Negalite atvykti? Atšaukę atlaisvinsite vietą kam nors iš laukiančiųjų sąrašo.',
    askButton: 'Atšaukti mano vietą',
    tooManyTitle: 'Per daug bandymų',
    tooManyBody: {
      one: 'Palaukite {count} minutę ir vėl atidarykite nuorodą iš patvirtinimo.',
      few: 'Palaukite {count} minutes ir vėl atidarykite nuorodą iš patvirtinimo.',
      many: 'Palaukite {count} minutės ir vėl atidarykite nuorodą iš patvirtinimo.',
      other: 'Palaukite {count} minučių ir vėl atidarykite nuorodą iš patvirtinimo.',
    },
    doneTitle: 'Jūsų vieta atšaukta',
    doneBody: 'Jūs nebeužsiregistravę į {title} ({when}, {place}). Ačiū, kad pranešėte organizatoriui.',
  },
  el: {
    notValidTitle: 'Αυτός ο σύνδεσμος ακύρωσης δεν λειτουργεί',
    notValidBody: 'Ο σύνδεσμος μπορεί να είναι ελλιπής ή να έχει ήδη χρησιμοποιηθεί για εγγραφή που διαγράφηκε. Επικοινωνήστε με τον διοργανωτή της εξόρμησής σας.',
    askTitle: 'Ακύρωση της εγγραφής σας στην εξόρμηση',
    askBody: 'Δεν μπορείτε να έρθετε; Με την ακύρωση η θέση σας ελευθερώνεται για κάποιον από τη λίστα αναμονής.',
    askButton: 'Ακύρωση της θέσης μου',
    tooManyTitle: 'Πάρα πολλές προσπάθειες',
    tooManyBody: {
      one: 'Περιμένετε {count} λεπτό και δοκιμάστε ξανά τον σύνδεσμο από την επιβεβαίωσή σας.',
      other: 'Περιμένετε {count} λεπτά και δοκιμάστε ξανά τον σύνδεσμο από την επιβεβαίωσή σας.',
    },
    doneTitle: 'Η θέση σας ακυρώθηκε',
    doneBody: 'Δεν είστε πλέον εγγεγραμμένοι για {title} ({when}, {place}). Ευχαριστούμε που ενημερώσατε τον διοργανωτή.',
  },
  tr: {
    notValidTitle: 'Bu iptal bağlantısı çalışmıyor',
    notValidBody: 'Bağlantı eksik olabilir ya da silinmiş bir kayıt için zaten kullanılmış olabilir. Lütfen buluşmanızın düzenleyicisiyle iletişime geçin.',
    askTitle: 'Kapı kapı buluşması kaydınızı iptal edin',
    askBody: 'Gelemiyor musunuz? İptal etmek, yerinizi bekleme listesindeki birine açar.',
    askButton: 'Yerimi iptal et',
    tooManyTitle: 'Çok fazla deneme',
    tooManyBody: {
      one: 'Lütfen {count} dakika bekleyin ve onay mesajınızdaki bağlantıyı yeniden deneyin.',
      other: 'Lütfen {count} dakika bekleyin ve onay mesajınızdaki bağlantıyı yeniden deneyin.',
    },
    doneTitle: 'Yeriniz iptal edildi',
    doneBody: 'Artık {title} ({when}, {place}) için kayıtlı değilsiniz. Düzenleyiciye haber verdiğiniz için teşekkürler.',
  },
  so: {
    notValidTitle: 'Xiriirkan joojinta ma shaqaynayo',
    notValidBody: 'Xiriirku waxa laga yaabaa inuu dhiman yahay ama hore loogu isticmaalay diiwaangelin la tirtiray. Fadlan la xiriir qabanqaabiyaha kulankaaga.',
    askTitle: 'Jooji diiwaangelintaada ololaha',
    askBody: 'Ma iman kartid? Joojintu waxay boosaskaaga u bannaynaysaa qof ku jira liiska sugitaanka.',
    askButton: 'Jooji booskayga',
    tooManyTitle: 'Isku dayo aad u badan',
    tooManyBody: {
      one: 'Fadlan sug {count} daqiiqo kadibna mar kale isku day xiriirka ku jira xaqiijintaada.',
      other: 'Fadlan sug {count} daqiiqo kadibna mar kale isku day xiriirka ku jira xaqiijintaada.',
    },
    doneTitle: 'Booskaagii waa la joojiyay',
    doneBody: 'Hadda kuma diiwaangashanid {title} ({when}, {place}). Waad ku mahadsan tahay inaad qabanqaabiyaha ogeysiisay.',
  },
  ur: {
    notValidTitle: 'منسوخی کا یہ لنک کام نہیں کر رہا',
    notValidBody: 'ہو سکتا ہے لنک نامکمل ہو یا کسی ایسے اندراج کے لیے پہلے ہی استعمال ہو چکا ہو جو مٹا دیا گیا۔ براہِ کرم اپنے سیشن کے منتظم سے رابطہ کریں۔',
    askTitle: 'گھر گھر مہم کے لیے اپنا اندراج منسوخ کریں',
    askBody: 'نہیں آ سکتے؟ منسوخ کرنے سے آپ کی جگہ انتظار کی فہرست میں کسی اور کے لیے خالی ہو جاتی ہے۔',
    askButton: 'میری جگہ منسوخ کریں',
    tooManyTitle: 'بہت زیادہ کوششیں',
    tooManyBody: {
      one: 'براہِ کرم {count} منٹ انتظار کریں اور اپنی تصدیق والا لنک دوبارہ آزمائیں۔',
      other: 'براہِ کرم {count} منٹ انتظار کریں اور اپنی تصدیق والا لنک دوبارہ آزمائیں۔',
    },
    doneTitle: 'آپ کی جگہ منسوخ ہو گئی',
    doneBody: 'اب آپ {title} ({when}، {place}) کے لیے درج نہیں ہیں۔ منتظم کو بتانے کا شکریہ۔',
  },
  bn: {
    notValidTitle: 'এই বাতিলের লিংকটি কাজ করছে না',
    notValidBody: 'লিংকটি অসম্পূর্ণ হতে পারে, বা মুছে ফেলা কোনো নিবন্ধনের জন্য আগেই ব্যবহৃত হয়ে থাকতে পারে। অনুগ্রহ করে আপনার সেশনের আয়োজকের সাথে যোগাযোগ করুন।',
    askTitle: 'বাড়ি বাড়ি প্রচারে আপনার নিবন্ধন বাতিল করুন',
    askBody: 'আসতে পারছেন না? বাতিল করলে অপেক্ষা তালিকার কারও জন্য আপনার জায়গাটি খালি হবে।',
    askButton: 'আমার জায়গা বাতিল করুন',
    tooManyTitle: 'অনেক বেশি চেষ্টা',
    tooManyBody: {
      one: 'অনুগ্রহ করে {count} মিনিট অপেক্ষা করুন এবং আপনার নিশ্চিতকরণের লিংকটি আবার চেষ্টা করুন।',
      other: 'অনুগ্রহ করে {count} মিনিট অপেক্ষা করুন এবং আপনার নিশ্চিতকরণের লিংকটি আবার চেষ্টা করুন।',
    },
    doneTitle: 'আপনার জায়গা বাতিল করা হয়েছে',
    doneBody: 'আপনি আর {title} ({when}, {place})-এর জন্য নিবন্ধিত নন। আয়োজককে জানানোর জন্য ধন্যবাদ।',
  },
  pa: {
    notValidTitle: 'ਇਹ ਰੱਦ ਕਰਨ ਵਾਲਾ ਲਿੰਕ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ',
    notValidBody: 'ਹੋ ਸਕਦਾ ਹੈ ਲਿੰਕ ਅਧੂਰਾ ਹੋਵੇ ਜਾਂ ਕਿਸੇ ਮਿਟਾਏ ਗਏ ਨਾਂ-ਦਰਜ ਲਈ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੋਵੇ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਸੈਸ਼ਨ ਦੇ ਪ੍ਰਬੰਧਕ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।',
    askTitle: 'ਘਰ-ਘਰ ਪ੍ਰਚਾਰ ਲਈ ਆਪਣਾ ਨਾਂ-ਦਰਜ ਰੱਦ ਕਰੋ',
    askBody: 'ਨਹੀਂ ਆ ਸਕਦੇ? ਰੱਦ ਕਰਨ ਨਾਲ ਤੁਹਾਡੀ ਥਾਂ ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਕਿਸੇ ਹੋਰ ਲਈ ਖਾਲੀ ਹੋ ਜਾਂਦੀ ਹੈ।',
    askButton: 'ਮੇਰੀ ਥਾਂ ਰੱਦ ਕਰੋ',
    tooManyTitle: 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ',
    tooManyBody: {
      one: 'ਕਿਰਪਾ ਕਰਕੇ {count} ਮਿੰਟ ਉਡੀਕ ਕਰੋ ਅਤੇ ਆਪਣੀ ਪੁਸ਼ਟੀ ਵਾਲਾ ਲਿੰਕ ਦੁਬਾਰਾ ਅਜ਼ਮਾਓ।',
      other: 'ਕਿਰਪਾ ਕਰਕੇ {count} ਮਿੰਟ ਉਡੀਕ ਕਰੋ ਅਤੇ ਆਪਣੀ ਪੁਸ਼ਟੀ ਵਾਲਾ ਲਿੰਕ ਦੁਬਾਰਾ ਅਜ਼ਮਾਓ।',
    },
    doneTitle: 'ਤੁਹਾਡੀ ਥਾਂ ਰੱਦ ਹੋ ਗਈ ਹੈ',
    doneBody: 'ਤੁਸੀਂ ਹੁਣ {title} ({when}, {place}) ਲਈ ਦਰਜ ਨਹੀਂ ਹੋ। ਪ੍ਰਬੰਧਕ ਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ।',
  },
  gu: {
    notValidTitle: 'આ રદ કરવાની લિંક કામ કરતી નથી',
    notValidBody: 'લિંક અધૂરી હોઈ શકે અથવા ભૂંસી નખાયેલી નોંધણી માટે પહેલેથી વપરાઈ ગઈ હોઈ શકે. કૃપા કરીને તમારા સત્રના આયોજકનો સંપર્ક કરો.',
    askTitle: 'ઘર-ઘર પ્રચાર માટેની તમારી નોંધણી રદ કરો',
    askBody: 'આવી શકો તેમ નથી? રદ કરવાથી તમારું સ્થાન રાહ-યાદીમાંની કોઈ વ્યક્તિ માટે ખાલી થાય છે.',
    askButton: 'મારું સ્થાન રદ કરો',
    tooManyTitle: 'ઘણા બધા પ્રયાસો',
    tooManyBody: {
      one: 'કૃપા કરીને {count} મિનિટ રાહ જુઓ અને તમારી પુષ્ટિમાંની લિંક ફરી અજમાવો.',
      other: 'કૃપા કરીને {count} મિનિટ રાહ જુઓ અને તમારી પુષ્ટિમાંની લિંક ફરી અજમાવો.',
    },
    doneTitle: 'તમારું સ્થાન રદ થયું છે',
    doneBody: 'તમે હવે {title} ({when}, {place}) માટે નોંધાયેલા નથી. આયોજકને જાણ કરવા બદલ આભાર.',
  },
  ta: {
    notValidTitle: 'இந்த ரத்து இணைப்பு வேலை செய்யவில்லை',
    notValidBody: 'இணைப்பு முழுமையற்றதாக இருக்கலாம், அல்லது அழிக்கப்பட்ட பதிவுக்கு ஏற்கெனவே பயன்படுத்தப்பட்டிருக்கலாம். உங்கள் அமர்வின் ஏற்பாட்டாளரைத் தொடர்புகொள்ளவும்.',
    askTitle: 'பிரச்சாரத்திற்கான உங்கள் பதிவை ரத்துசெய்யவும்',
    askBody: 'வர முடியவில்லையா? ரத்துசெய்தால், காத்திருப்புப் பட்டியலில் உள்ள ஒருவருக்கு உங்கள் இடம் கிடைக்கும்.',
    askButton: 'என் இடத்தை ரத்துசெய்',
    tooManyTitle: 'மிக அதிக முயற்சிகள்',
    tooManyBody: {
      one: '{count} நிமிடம் காத்திருந்து, உங்கள் உறுதிப்படுத்தலில் உள்ள இணைப்பை மீண்டும் முயலவும்.',
      other: '{count} நிமிடங்கள் காத்திருந்து, உங்கள் உறுதிப்படுத்தலில் உள்ள இணைப்பை மீண்டும் முயலவும்.',
    },
    doneTitle: 'உங்கள் இடம் ரத்துசெய்யப்பட்டது',
    doneBody: 'நீங்கள் இனி {title} ({when}, {place}) இல் பதிவுசெய்யப்படவில்லை. ஏற்பாட்டாளருக்குத் தெரிவித்ததற்கு நன்றி.',
  },
  'zh-Hans': {
    notValidTitle: '此取消链接无效',
    notValidBody: '该链接可能不完整，或已用于一个已被删除的报名。请联系您所参加活动的组织者。',
    askTitle: '取消您的拉票活动报名',
    askBody: '无法参加？取消后，您的名额将让给候补名单上的人。',
    askButton: '取消我的名额',
    tooManyTitle: '尝试次数过多',
    tooManyBody: {
      other: '请等待 {count} 分钟，然后再次尝试确认邮件中的链接。',
    },
    doneTitle: '您的名额已取消',
    doneBody: '您已不再报名参加 {title}（{when}，{place}）。感谢您告知组织者。',
  },
} as const satisfies Record<string, CancelPageMessages>;

export type CancelPageLang = keyof typeof CANCEL_PAGE_MESSAGES;

const RTL: ReadonlySet<string> = new Set(['ar', 'ur']);

export function dirOf(lang: CancelPageLang): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

export function supported(tag: string | undefined): CancelPageLang | undefined {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  const base = parts[0];
  // Chinese is here in simplified characters only: zh, zh-Hans, zh-CN, zh-SG, not Traditional (Hant, TW, HK, MO).
  if (base === 'zh') return parts.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) ? undefined : 'zh-Hans';
  return base && Object.hasOwn(CANCEL_PAGE_MESSAGES, base) ? (base as CancelPageLang) : undefined;
}

/**
 * The page's language: `lang` from the link (what the widget spoke at sign-up), else the best of the browser's
 * `Accept-Language` (by q-value, then order), else English.
 */
export function pickLanguage(fromLink: string | undefined, acceptLanguage: string | undefined): CancelPageLang {
  const linked = supported(fromLink);
  if (linked) return linked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';');
      const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const found = supported(tag);
    if (found) return found;
  }
  return 'en';
}

/** The "wait N minutes" sentence in the form the language uses for N. */
export function tooManyBody(lang: CancelPageLang, minutes: number): string {
  const forms: CancelPageMessages['tooManyBody'] = CANCEL_PAGE_MESSAGES[lang].tooManyBody;
  const form = forms[new Intl.PluralRules(lang).select(minutes)] ?? forms.other;
  return form.replace('{count}', new Intl.NumberFormat(lang).format(minutes));
}
