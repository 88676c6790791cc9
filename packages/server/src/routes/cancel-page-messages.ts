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
} as const satisfies Record<string, CancelPageMessages>;

export type CancelPageLang = keyof typeof CANCEL_PAGE_MESSAGES;

const RTL: ReadonlySet<string> = new Set(['ar', 'ur']);

export function dirOf(lang: CancelPageLang): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

function supported(tag: string | undefined): CancelPageLang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
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
