import { describe, expect, it } from 'vitest';
import { foldText, nameTokensOf, normalisePassport } from '../../../../shared/domain/name-tokens';

describe('foldText', () => {
  it.each([
    ['José Ñúñez-García', 'jose nunez garcia'],
    ['THABO MOKOENA', 'thabo mokoena'],
    ['Zoë Brontë', 'zoe bronte'],
    ['Đorđe Šćepanović', 'dorde scepanovic'],
    ['Lech Wałęsa', 'lech walesa'],
    ['Søren Ærø', 'soren aero'],
    ['Straße', 'strasse'],
    ['İbrahim Yıldız', 'ibrahim yildiz'],
    ["O'Brien", 'o brien'],
    ['  Jean--Pierre , Dupont. ', 'jean pierre dupont'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps Cyrillic letters, in lower case', () => {
    expect(foldText('Иван ПЕТРОВ')).toBe('иван петров');
    // Diacritics of Cyrillic fold too, so that ё and е match.
    expect(foldText('Фёдор')).toBe(foldText('Федор'));
  });

  it('keeps Arabic letters and drops the vowel marks', () => {
    expect(foldText('محمد')).toBe('محمد');
    expect(foldText('مُحَمَّد')).toBe('محمد');
    expect(foldText('أحمد')).toMatch(/^\p{Script=Arabic}+$/u);
  });

  it('keeps other scripts and digits', () => {
    expect(foldText('राम थापा')).toBe('राम थापा'.normalize('NFKD').replace(/\p{M}+/gu, ''));
    expect(foldText('Unit 1234')).toBe('unit 1234');
  });

  it('returns empty text for punctuation only', () => {
    expect(foldText(' - , . ')).toBe('');
    expect(foldText('')).toBe('');
  });
});

describe('nameTokensOf', () => {
  it('splits names into folded tokens', () => {
    expect(nameTokensOf(['José Ñúñez-García'])).toEqual(['jose', 'nunez', 'garcia']);
  });

  it('removes duplicates across names and case or accent variants', () => {
    expect(nameTokensOf(['Thabo Mokoena', 'THABO Mokoéna', 'T. Mokoena'])).toEqual(['thabo', 'mokoena', 't']);
  });

  it('keeps Cyrillic and Arabic transliterations beside the Latin spelling', () => {
    const tokens = nameTokensOf(['Ahmed Hassan', 'Ахмед Хасан', 'أحمد حسن']);
    expect(tokens).toHaveLength(6);
    expect(tokens.slice(0, 4)).toEqual(['ahmed', 'hassan', 'ахмед', 'хасан']);
    expect(tokens.slice(4).every((t) => /^\p{Script=Arabic}+$/u.test(t))).toBe(true);
  });

  it('makes a name findable by any of its parts', () => {
    const tokens = nameTokensOf(['Jean-Pierre Dupont']);
    for (const query of ['jean', 'Pierre', 'DUPONT']) expect(tokens).toContain(foldText(query));
  });

  it('yields no empty tokens', () => {
    expect(nameTokensOf(['', '  ', '-', 'Ann  -  Lee'])).toEqual(['ann', 'lee']);
    expect(nameTokensOf([])).toEqual([]);
  });
});

describe('normalisePassport', () => {
  it.each([
    ['a01234567', 'A01234567'],
    ['A01 234 567', 'A01234567'],
    ['a01-234-567', 'A01234567'],
    [' m 12 -- 34\t', 'M1234'],
    ['', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalisePassport(input)).toBe(expected);
  });
});
