/**
 * i18next set-up: English is bundled and is the fallback; every other
 * language's catalogue is loaded when first chosen. The document's `lang`
 * and `dir` follow the language, so Arabic reads right to left everywhere.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/schemas/settings';
import { en } from './en';

export const DEFAULT_LOCALE: Language = 'en';

const catalogues: Record<Exclude<Language, 'en'>, () => Promise<object>> = {
  ar: () => import('./ar').then((m) => m.ar),
  ru: () => import('./ru').then((m) => m.ru),
  es: () => import('./es').then((m) => m.es),
  fr: () => import('./fr').then((m) => m.fr),
};

export async function initI18n(locale: Language = DEFAULT_LOCALE): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['en', ...Object.keys(catalogues)],
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(i18next.language);
  i18next.on('languageChanged', applyDocumentLanguage);
  await switchLanguage(locale);
  return i18next;
}

/** Switches the whole app to `language` without a restart, loading its catalogue the first time. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await catalogues[language]());
  }
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}
