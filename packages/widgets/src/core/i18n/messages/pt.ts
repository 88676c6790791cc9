import type { Catalogue } from './en.js';

// Portuguese (pt). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "A carregar…",
  "common.retry": "Tentar novamente",
  "common.networkError": "Não conseguimos contactar o servidor. Verifique a sua ligação e tente novamente.",
  "common.offline": "Parece que está sem ligação à internet. Guardamos o que escreveu; tente novamente quando estiver ligado.",
  "common.serverError": "Algo correu mal do nosso lado. Tente novamente daqui a pouco.",
  "common.rateLimited.one": "Há muitas pessoas a enviar neste momento. Aguarde {count} segundo e tente novamente.",
  "common.rateLimited.many": "Há muitas pessoas a enviar neste momento. Aguarde {count} de segundos e tente novamente.",
  "common.rateLimited.other": "Há muitas pessoas a enviar neste momento. Aguarde {count} segundos e tente novamente.",
  "common.originNotAllowed": "Este site ainda não está configurado para enviar para o servidor da campanha, por isso nada foi enviado. Informe o responsável do site ou tente mais tarde.",
  "common.required": "(obrigatório)",
  "common.optional": "(opcional)",
  "field.required": "Preencha este campo.",
  "field.too_short": "É demasiado curto.",
  "field.too_long": "É demasiado longo.",
  "field.invalid_format": "Isto não parece correto. Verifique, por favor.",
  "field.invalid_value": "Este valor não é aceite.",
  "field.must_accept": "Assinale esta caixa para continuar.",
  "field.email.invalid_format": "Introduza um endereço de e-mail como nome@example.org.",
  "field.phone.invalid_format": "Introduza um número de telefone com algarismos, espaços e, se quiser, +.",
  "form.fixErrors": "Corrija os campos assinalados.",
};
