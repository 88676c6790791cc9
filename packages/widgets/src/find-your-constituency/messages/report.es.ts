import type { ReportCatalogue } from './report.en.js';

// Spanish (es). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: ReportCatalogue = {
  "report.link": "Informar de un problema con esta respuesta",
  "report.label": "¿Qué está mal en esta respuesta?",
  "report.hint": "Por ejemplo, el diputado o el partido. No incluyas tu nombre, dirección ni otros datos personales.",
  "report.send": "Enviar aviso",
  "report.cancel": "Cancelar",
  "report.sending": "Enviando…",
  "report.sent": "Gracias. Hemos recibido tu aviso y el equipo organizador revisará esta respuesta.",
  "report.empty": "Di qué está mal, por favor.",
  "report.subject": "Problema con una respuesta sobre la circunscripción ({area})",
  "report.body": "Zona del código postal: {area}\nRespuesta mostrada: {answer}\n\nQué está mal:\n",
};
