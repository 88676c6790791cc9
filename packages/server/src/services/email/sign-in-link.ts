import { renderEmail } from './layout.js';

type Language = 'en' | 'cy' | 'pl' | 'ar';

interface Strings {
  readonly subject: string;
  readonly greeting: (name: string) => string;
  readonly body: (minutes: number) => string;
  readonly action: string;
  readonly ignore: string;
  readonly footer: string;
}

/** The sign-in email in the console's four languages (careful translations, not yet reviewed by native speakers). */
const STRINGS: Record<Language, Strings> = {
  en: {
    subject: 'Your sign-in link for the Solidarity Widgets console',
    greeting: (name) => `Hello ${name},`,
    body: (minutes) => `Use the button below to sign in to the organisers' console. The link works once, for ${minutes} minutes.`,
    action: 'Sign in',
    ignore: 'If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.',
    footer: 'Sent because someone asked for a sign-in link for this address on the Solidarity Widgets console.',
  },
  cy: {
    subject: 'Eich dolen mewngofnodi ar gyfer consol Solidarity Widgets',
    greeting: (name) => `Helo ${name},`,
    body: (minutes) => `Defnyddiwch y botwm isod i fewngofnodi i gonsol y trefnwyr. Mae'r ddolen yn gweithio unwaith, am ${minutes} munud.`,
    action: 'Mewngofnodi',
    ignore: "Os na wnaethoch ofyn i fewngofnodi, gallwch anwybyddu'r e-bost hwn: ni all neb fewngofnodi heb y ddolen.",
    footer: "Anfonwyd oherwydd bod rhywun wedi gofyn am ddolen mewngofnodi ar gyfer y cyfeiriad hwn ar gonsol Solidarity Widgets.",
  },
  pl: {
    subject: 'Twój link do logowania w konsoli Solidarity Widgets',
    greeting: (name) => `Dzień dobry, ${name},`,
    body: (minutes) => `Użyj poniższego przycisku, aby zalogować się do konsoli organizatorów. Link działa jeden raz, przez ${minutes} minut.`,
    action: 'Zaloguj się',
    ignore: 'Jeśli nie prosiłeś(-aś) o logowanie, zignoruj tę wiadomość: nikt nie zaloguje się bez tego linku.',
    footer: 'Wysłano, ponieważ ktoś poprosił o link do logowania dla tego adresu w konsoli Solidarity Widgets.',
  },
  ar: {
    subject: 'رابط تسجيل الدخول إلى لوحة Solidarity Widgets',
    greeting: (name) => `مرحبًا ${name}،`,
    body: (minutes) => `استخدم الزر أدناه لتسجيل الدخول إلى لوحة المنظمين. يعمل الرابط مرة واحدة فقط، لمدة ${minutes} دقيقة.`,
    action: 'تسجيل الدخول',
    ignore: 'إذا لم تطلب تسجيل الدخول، يمكنك تجاهل هذه الرسالة: لا يمكن لأحد تسجيل الدخول بدون الرابط.',
    footer: 'أُرسلت لأن شخصًا ما طلب رابط تسجيل دخول لهذا العنوان في لوحة Solidarity Widgets.',
  },
};

const isLanguage = (tag: string): tag is Language => tag in STRINGS;

/** The sign-in email: a button (HTML) or a line (text) with the link, in the organiser's language (English otherwise). */
export function signInLinkEmail(input: { readonly language: string; readonly name: string; readonly url: string; readonly minutes: number }) {
  const language: Language = isLanguage(input.language) ? input.language : 'en';
  const s = STRINGS[language];
  return {
    language,
    ...renderEmail({
      language,
      dir: language === 'ar' ? 'rtl' : 'ltr',
      subject: s.subject,
      greeting: s.greeting(input.name),
      paragraphs: [s.body(input.minutes), s.ignore],
      action: { label: s.action, url: input.url },
      footer: [s.footer],
    }),
  };
}
