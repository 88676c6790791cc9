import { emailLanguage, t, textDirection } from './i18n.js';
import { renderEmail } from './layout.js';

/**
 * The sign-in email: a button (HTML) or a line (text) with the link, in the organiser's language (English when the
 * catalogue has none). Its strings are the `signIn.*` ids of the email catalogue, so it speaks every email language.
 */
export function signInLinkEmail(input: { readonly language: string; readonly name: string; readonly url: string; readonly minutes: number }) {
  const language = emailLanguage(input.language);
  return {
    language,
    ...renderEmail({
      language,
      dir: textDirection(language),
      subject: t(language, 'signIn.subject'),
      greeting: t(language, 'greeting', { name: input.name }),
      paragraphs: [t(language, 'signIn.body', { minutes: input.minutes }), t(language, 'signIn.ignore')],
      action: { label: t(language, 'signIn.action'), url: input.url },
      footer: [t(language, 'signIn.footer')],
    }),
  };
}
