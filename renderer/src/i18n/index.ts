/** i18next set-up: one catalogue per language, English first; the document follows the language's direction. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addBidiFormat } from './bidi';
import { en } from './en';

export const DEFAULT_LOCALE = 'en';

export async function initI18n(locale: string = DEFAULT_LOCALE): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addBidiFormat(i18next);
  applyDocumentLanguage(i18next.language);
  i18next.on('languageChanged', applyDocumentLanguage);
  return i18next;
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}
