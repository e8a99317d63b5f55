/**
 * i18next set-up: English is bundled and is the fallback; every other
 * language's catalogue is loaded when first chosen. The document's `lang`
 * and `dir` follow the language, so Arabic reads right to left everywhere.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addBidiFormat } from './bidi';
import { LanguageSchema, type Language } from '../../../shared/schemas/settings';
import { en } from './en';
import { isolatePlaceholders } from './isolate';

export const DEFAULT_LOCALE: Language = 'en';

const catalogues: Record<Exclude<Language, 'en'>, () => Promise<object>> = {
  ar: () => import('./ar').then((m) => m.ar),
  ru: () => import('./ru').then((m) => m.ru),
  es: () => import('./es').then((m) => m.es),
  fr: () => import('./fr').then((m) => m.fr),
};

/** The language this window last showed: the next start opens in it before the database has answered (no English flash). */
const LAST_LANGUAGE_KEY = 'homeward.language';

export function lastLanguage(): Language {
  try {
    return LanguageSchema.catch(DEFAULT_LOCALE).parse(localStorage.getItem(LAST_LANGUAGE_KEY));
  } catch {
    return DEFAULT_LOCALE;
  }
}

export async function initI18n(locale: Language = DEFAULT_LOCALE): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['en', ...Object.keys(catalogues)],
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addBidiFormat(i18next);
  applyDocumentLanguage(i18next.language);
  i18next.on('languageChanged', applyDocumentLanguage);
  await switchLanguage(locale);
  return i18next;
}

/** Loads `language`'s catalogue if it is not yet (the sign-in screen asks ahead for the profile's language), without switching to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const catalogue = await catalogues[language]();
  if (i18next.hasResourceBundle(language, 'translation')) return;
  // In a right-to-left language, a reference, passport number or Latin name put into a sentence keeps its own direction.
  i18next.addResourceBundle(language, 'translation', i18next.dir(language) === 'rtl' ? isolatePlaceholders(catalogue) : catalogue);
}

/** Switches the whole app to `language` without a restart, loading its catalogue the first time. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
  try {
    localStorage.setItem(LAST_LANGUAGE_KEY, language);
  } catch {
    // Storage may be unavailable (a locked-down profile): the next start opens in English until the database answers.
  }
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}
