import type { ReportCatalogue } from './report.en.js';

// Portuguese (pt). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  "report.link": "Comunicar um problema com esta resposta",
  "report.label": "O que está errado nesta resposta?",
  "report.hint": "Por exemplo, o deputado ou o partido. Não inclua o seu nome, morada ou outros dados pessoais.",
  "report.send": "Enviar",
  "report.cancel": "Cancelar",
  "report.sending": "A enviar…",
  "report.sent": "Obrigado. Recebemos a sua comunicação e os organizadores vão verificar esta resposta.",
  "report.empty": "Diga o que está errado.",
  "report.subject": "Problema com uma resposta sobre o círculo eleitoral ({area})",
  "report.body": "Zona do código postal: {area}\nResposta apresentada: {answer}\n\nO que está errado:\n",
};
