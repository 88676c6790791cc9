import type { ReportCatalogue } from './report.en.js';

// French (fr). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  "report.link": "Signaler un problème dans cette réponse",
  "report.label": "Qu’est-ce qui ne va pas dans cette réponse ?",
  "report.hint": "Par exemple le ou la député·e ou le parti. N’indiquez pas votre nom, votre adresse ni d’autres données personnelles.",
  "report.send": "Envoyer le signalement",
  "report.cancel": "Annuler",
  "report.sending": "Envoi…",
  "report.sent": "Merci. Votre signalement a bien été reçu et l’équipe vérifiera cette réponse.",
  "report.empty": "Veuillez indiquer ce qui ne va pas.",
  "report.subject": "Problème dans une réponse sur la circonscription ({area})",
  "report.body": "Zone du code postal : {area}\nRéponse affichée : {answer}\n\nCe qui ne va pas :\n",
};
