import type { Catalogue } from './en.js';

// French (fr). Machine-drafted, not yet reviewed by a native speaker (docs/i18n.md): corrections welcome.
// Each id's English text and context notes are in the English source; a missing id falls back to English.
export const messages: Catalogue = {
  "common.loading": "Chargement…",
  "common.retry": "Réessayer",
  "common.networkError": "Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.",
  "common.offline": "Vous semblez hors ligne. Nous gardons ce que vous avez saisi ; réessayez une fois connecté.",
  "common.serverError": "Un problème est survenu de notre côté. Veuillez réessayer dans un instant.",
  "common.rateLimited.one": "Beaucoup de personnes envoient quelque chose en ce moment. Veuillez patienter {count} seconde et réessayer.",
  "common.rateLimited.many": "Beaucoup de personnes envoient quelque chose en ce moment. Veuillez patienter {count} de secondes et réessayer.",
  "common.rateLimited.other": "Beaucoup de personnes envoient quelque chose en ce moment. Veuillez patienter {count} secondes et réessayer.",
  "common.originNotAllowed": "Ce site n’est pas encore configuré pour envoyer au serveur de la campagne : rien n’a été envoyé. Prévenez le responsable du site ou réessayez plus tard.",
  "common.required": "(obligatoire)",
  "common.optional": "(facultatif)",
  "field.required": "Veuillez remplir ce champ.",
  "field.too_short": "C’est trop court.",
  "field.too_long": "C’est trop long.",
  "field.invalid_format": "Cela ne semble pas correct. Veuillez vérifier.",
  "field.invalid_value": "Cette valeur n’est pas acceptée.",
  "field.must_accept": "Cochez cette case pour continuer.",
  "field.email.invalid_format": "Saisissez une adresse e-mail comme nom@example.org.",
  "field.phone.invalid_format": "Saisissez un numéro de téléphone avec des chiffres, des espaces et éventuellement un +.",
  "form.fixErrors": "Veuillez corriger les champs signalés.",
};
