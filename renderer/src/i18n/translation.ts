/**
 * The shape every language's catalogue must have: the English catalogue's
 * keys, each message a string, and each plural message (`<key>_one` and
 * `<key>_other` in English) under exactly the plural categories CLDR gives
 * that language (i18next picks among them with Intl.PluralRules). A language
 * file is written `satisfies Translation<typeof en…, 'ar'>`, so a missing,
 * misspelt or extra key fails typecheck.
 */
import type { Language } from '../../../shared/schemas/settings';

/** CLDR's cardinal plural categories per language (test/unit/i18n checks them against Intl.PluralRules). */
export const PLURAL_CATEGORIES = {
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  es: ['one', 'many', 'other'],
  fr: ['one', 'many', 'other'],
} as const satisfies Record<Language, readonly Intl.LDMLPluralRule[]>;

type PluralCategoryOf<L extends Language> = (typeof PLURAL_CATEGORIES)[L][number];

export type Translation<T, L extends Language> = {
  [K in keyof T as K extends `${infer Base}_one` ? `${Base}_${PluralCategoryOf<L>}` : K extends `${string}_other` ? never : K]: T[K] extends string
    ? string
    : Translation<T[K], L>;
};
