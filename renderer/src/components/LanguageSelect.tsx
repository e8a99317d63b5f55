/**
 * A select of the languages Homeward speaks. Each is named in itself and
 * marked with its own `lang`, the same whatever the screen is in, so a person
 * finds their language even on a screen they cannot read.
 */
import { forwardRef, type SelectHTMLAttributes } from 'react';
import { SUPPORTED_LOCALES, type Language } from '../../../shared/schemas/settings';

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ar: 'العربية',
  ru: 'Русский',
  es: 'Español',
  fr: 'Français',
};

export const LanguageSelect = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function LanguageSelect(props, ref) {
  return (
    <select ref={ref} {...props}>
      {SUPPORTED_LOCALES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
});
