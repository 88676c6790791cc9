import type { Catalogue } from './en.js';

// Spanish (es). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "Cargando…",
  "common.retry": "Volver a intentarlo",
  "common.networkError": "No hemos podido conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.",
  "common.offline": "Parece que no tienes conexión. Guardaremos lo que has escrito; vuelve a intentarlo cuando estés conectado.",
  "common.serverError": "Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.",
  "common.rateLimited.one": "Hay mucha gente enviando cosas ahora mismo. Espera {count} segundo y vuelve a intentarlo.",
  "common.rateLimited.many": "Hay mucha gente enviando cosas ahora mismo. Espera {count} de segundos y vuelve a intentarlo.",
  "common.rateLimited.other": "Hay mucha gente enviando cosas ahora mismo. Espera {count} segundos y vuelve a intentarlo.",
  "common.originNotAllowed": "Este sitio todavía no está configurado para enviar al servidor de la campaña, así que no se ha enviado nada. Avisa a quien gestiona el sitio o inténtalo más tarde.",
  "common.required": "(obligatorio)",
  "common.optional": "(opcional)",
  "field.required": "Rellena este campo.",
  "field.too_short": "Es demasiado corto.",
  "field.too_long": "Es demasiado largo.",
  "field.invalid_format": "Esto no parece correcto. Revísalo, por favor.",
  "field.invalid_value": "Este valor no se acepta.",
  "field.must_accept": "Marca esta casilla para continuar.",
  "field.email.invalid_format": "Escribe una dirección de correo como nombre@example.org.",
  "field.phone.invalid_format": "Escribe un número de teléfono con cifras, espacios y, si quieres, +.",
  "form.fixErrors": "Corrige los campos marcados.",
};
