/**
 * Counted messages read right in every language: i18next picks the plural
 * form with Intl.PluralRules, and each catalogue has the forms its language
 * needs (Arabic six, Russian four, French and Spanish three, English two).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../../renderer/src/i18n/ar';
import { en } from '../../../renderer/src/i18n/en';
import { es } from '../../../renderer/src/i18n/es';
import { fr } from '../../../renderer/src/i18n/fr';
import { ru } from '../../../renderer/src/i18n/ru';

let i18n: I18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en }, ar: { translation: ar }, ru: { translation: ru }, es: { translation: es }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
});

const cases = (language: string, count: number) => i18n.t('caseList.count', { lng: language, count });

describe('"17 cases" in every language', () => {
  it.each([
    ['en', '17 cases'],
    ['ar', '17 ملفًا'],
    ['ru', '17 дел'],
    ['es', '17 casos'],
    ['fr', '17 dossiers'],
  ])('%s: %s', (language, expected) => {
    expect(cases(language, 17)).toBe(expected);
  });
});

describe('Arabic: all six plural forms', () => {
  it.each([
    [0, 'لا ملفات'],
    [1, 'ملف واحد'],
    [2, 'ملفان'],
    [3, '3 ملفات'],
    [10, '10 ملفات'],
    [11, '11 ملفًا'],
    [99, '99 ملفًا'],
    [100, '100 ملف'],
    [102, '102 ملف'],
  ])('%i → %s', (count, expected) => {
    expect(cases('ar', count)).toBe(expected);
  });

  it('a sentence counts in the same six forms (seconds to wait)', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => i18n.t('signIn.locked', { lng: 'ar', count }))).toEqual([
      'محاولات خاطئة كثيرة. حاول مرة أخرى الآن.',
      'محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة.',
      'محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين.',
      'محاولات خاطئة كثيرة. حاول مرة أخرى بعد 3 ثوانٍ.',
      'محاولات خاطئة كثيرة. حاول مرة أخرى بعد 11 ثانيةً.',
      'محاولات خاطئة كثيرة. حاول مرة أخرى بعد 100 ثانية.',
    ]);
  });
});

describe('Russian: one, few, many and other', () => {
  it.each([
    [1, '1 дело'],
    [21, '21 дело'],
    [2, '2 дела'],
    [24, '24 дела'],
    [5, '5 дел'],
    [11, '11 дел'],
    [0, '0 дел'],
    [1.5, '1.5 дела'],
  ])('%s → %s', (count, expected) => {
    expect(cases('ru', count)).toBe(expected);
  });
});

describe('French and Spanish: one, many and other', () => {
  it('French counts zero and one alike, and a million "de dossiers"', () => {
    expect([0, 1, 2, 1_000_000].map((count) => cases('fr', count))).toEqual(['0 dossier', '1 dossier', '2 dossiers', '1000000 de dossiers']);
  });

  it('Spanish counts one apart, and a million "de casos"', () => {
    expect([0, 1, 2, 1_000_000].map((count) => cases('es', count))).toEqual(['0 casos', '1 caso', '2 casos', '1000000 de casos']);
  });
});
