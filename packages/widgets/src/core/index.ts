export { SolidarityElement } from './solidarity-element.js';
export { defineElement } from './define.js';
export { setPageDefaults, pageDefaults, defaultsFromScript, adoptScriptTags, type PageDefaults } from './config.js';
export { themeStyles } from './theme.styles.js';
export { LANGUAGES, matchLanguage, negotiate, type Language, type LanguageTag } from './i18n/languages.js';
export {
  translate,
  translateCount,
  pluralCategory,
  ensureLocale,
  dirFor,
  formatNumber,
  supportedLanguages,
  defineMessages,
  type CoreMessageId,
  type Messages,
  type PluralBase,
  type PluralCategory,
} from './i18n/localize.js';
