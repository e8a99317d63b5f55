/**
 * Every language has exactly the English catalogue's keys (typecheck says so
 * too; this also covers what a cast could hide), with each plural message
 * under exactly the plural categories Intl.PluralRules gives that language,
 * and keeps every `{{placeholder}}` and `<tag>` of the English message.
 * The same holds for the main process's messages (the application menu).
 */
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, type Language } from '../../../shared/schemas/settings';
import { mainMessagesByLanguage } from '../../../electron/main/messages';
import { en } from '../../../renderer/src/i18n/en';
import { ar } from '../../../renderer/src/i18n/ar';
import { es } from '../../../renderer/src/i18n/es';
import { fr } from '../../../renderer/src/i18n/fr';
import { ru } from '../../../renderer/src/i18n/ru';
import { PLURAL_CATEGORIES } from '../../../renderer/src/i18n/translation';

const catalogues: Record<Language, object> = { en, ar, ru, es, fr };
const OTHER_LANGUAGES = SUPPORTED_LOCALES.filter((l) => l !== 'en');

function flatten(node: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

/** The keys `language` must have: English's, with each `_one`/`_other` pair as that language's plural categories. */
function expectedKeys(english: Map<string, string>, language: Language): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, message] of english) {
    if (key.endsWith('_other')) continue;
    if (key.endsWith('_one')) {
      const base = key.slice(0, -'_one'.length);
      const other = english.get(`${base}_other`) ?? message;
      for (const category of PLURAL_CATEGORIES[language]) out.set(`${base}_${category}`, other);
    } else out.set(key, message);
  }
  return out;
}

/** The placeholders that carry a plural message's number (`count`, or `n` where `count` only picks the form). */
const COUNTS = new Set(['count', 'n']);

/** The plural categories that only one whole number falls in (Arabic zero, one, two; English and Spanish one). */
function singleNumberCategories(language: Language): Set<string> {
  const rules = new Intl.PluralRules(language);
  const counts = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) counts.set(rules.select(n), (counts.get(rules.select(n)) ?? 0) + 1);
  // Fractions fall in "other" in every language here: it never stands for one number.
  return new Set([...counts].filter(([category, count]) => count === 1 && category !== 'other').map(([category]) => category));
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`);

describe('the message catalogues', () => {
  it.each(SUPPORTED_LOCALES)('%s: the plural categories are those of Intl.PluralRules', (language) => {
    expect([...PLURAL_CATEGORIES[language]].sort()).toEqual([...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort());
  });

  it.each(OTHER_LANGUAGES)('%s has every key of English and no other', (language) => {
    const expected = expectedKeys(flatten(en), language);
    const actual = flatten(catalogues[language]);
    expect([...expected.keys()].filter((k) => !actual.has(k)), 'missing').toEqual([]);
    expect([...actual.keys()].filter((k) => !expected.has(k)), 'not in English').toEqual([]);
  });

  it.each(OTHER_LANGUAGES)('%s keeps the placeholders and tags of every English message, and leaves none empty', (language) => {
    const expected = expectedKeys(flatten(en), language);
    const wrong: string[] = [];
    for (const [key, message] of flatten(catalogues[language])) {
      const english = expected.get(key) ?? '';
      // A form that stands for one number only may spell it out (Arabic "ملف واحد", "ملفان"); Russian "one" is also 21, 31…
      const category = /_(zero|one|two|few|many|other)$/.exec(key)?.[1];
      const spelledOut = category !== undefined && singleNumberCategories(language).has(category);
      const need = placeholders(english).filter((p) => !(COUNTS.has(p) && spelledOut));
      const have = new Set(placeholders(message));
      if (message.trim() === '' || need.some((p) => !have.has(p)) || [...have].some((p) => !placeholders(english).includes(p))) wrong.push(key);
    }
    expect(wrong).toEqual([]);
  });

  it.each(OTHER_LANGUAGES)('%s: the main process (application menu) has every message of English', (language) => {
    expect([...flatten(mainMessagesByLanguage[language]).keys()]).toEqual([...flatten(mainMessagesByLanguage.en).keys()]);
    expect([...flatten(mainMessagesByLanguage[language]).values()].every((m) => m.trim() !== '')).toBe(true);
  });
});
