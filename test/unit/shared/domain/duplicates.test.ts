import { describe, expect, it } from 'vitest';
import { duplicateReason, nameMatchKeys, type DuplicateProbe } from '../../../../shared/domain/duplicates';

/** The single key of a one-word name. */
function key(name: string): string {
  const keys = nameMatchKeys([name]);
  expect(keys).toHaveLength(1);
  return keys[0]!;
}

function probe(overrides: Partial<DuplicateProbe> = {}): DuplicateProbe {
  return {
    fullName: 'Thabo Mokoena',
    otherNames: [],
    nationality: 'ZA',
    dateOfBirth: '1994-03-07',
    passportNumber: '',
    ...overrides,
  };
}

describe('nameMatchKeys: transliteration groups collide', () => {
  const groups: Record<string, readonly string[]> = {
    Mohammed: ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Muhammed', 'Mohamad', 'MOHAMMED', 'Mouhammad', 'Мохаммед', 'Мухаммад'],
    Sergei: ['Sergey', 'Sergei', 'Sergej', 'Serguei', 'Serhii', 'Serhiy', 'Сергей', 'Сергій'],
    Yuri: ['Yuri', 'Yury', 'Yuriy', 'Iurii', 'Jurij', 'Юрий', 'Юрій'],
    Aleksandr: ['Aleksandr', 'Alexander', 'Aleksander', 'Alexandr', 'Oleksandr', 'Alexandre', 'Александр', 'Олександр'],
    Aleksei: ['Aleksei', 'Alexey', 'Alexei', 'Aleksej', 'Oleksii', 'Oleksiy', 'Алексей', 'Олексій'],
    Dmitry: ['Dmitry', 'Dmitri', 'Dmitriy', 'Dmytro', 'Дмитрий', 'Дмитро'],
    Andrei: ['Andrei', 'Andrey', 'Andriy', 'Andrii', 'Андрей', 'Андрій'],
    Nikolai: ['Nikolai', 'Nikolay', 'Mykola', 'Николай', 'Микола'],
    Mikhail: ['Mikhail', 'Mykhailo', 'Михаил', 'Михайло'],
    Vladimir: ['Vladimir', 'Volodymyr', 'Владимир', 'Володимир'],
    Yevgeny: ['Yevgeny', 'Evgeny', 'Evgenii', 'Yevhen', 'Евгений', 'Євген'],
    Elena: ['Elena', 'Yelena', 'Jelena', 'Olena', 'Елена', 'Олена'],
    Pavel: ['Pavel', 'Pavlo', 'Павел', 'Павло'],
    Petr: ['Petr', 'Peter', 'Pyotr', 'Petro', 'Пётр', 'Петро'],
    Grigory: ['Grigory', 'Grigoriy', 'Hryhorii', 'Григорий', 'Григорій'],
    Hussein: ['Hussein', 'Husein', 'Hussain', 'Husain', 'Hossein', 'Hosein', 'Хусейн'],
    Abdul: ['Abdul', 'Abdel', 'Abd', 'Abdoul', 'Абдул'],
    Yusuf: ['Yusuf', 'Youssef', 'Yousef', 'Yosef', 'Josef', 'Joseph', 'Youssouf', 'Iosif', 'Юсуф'],
    Ahmed: ['Ahmed', 'Ahmad', 'Ахмед'],
    Ali: ['Ali', 'Aly', 'Али'],
    Abdullah: ['Abdullah', 'Abdulla', 'Абдулла'],
    Khalid: ['Khalid', 'Halid', 'Халид'],
    Kuznetsov: ['Kuznetsov', 'Kouznetsov', 'Kuznetzov', 'Кузнецов'],
    Shevchenko: ['Shevchenko', 'Schewtschenko', 'Shevtchenko', 'Шевченко'],
    Thabo: ['Thabo', 'Табо'],
    Mokoena: ['Mokoena', 'Мокоэна'],
    Sipho: ['Sipho', 'Сипхо', 'Sifo'],
    Ivanov: ['Ivanov', 'Ivanow', 'Иванов'],
    Jamal: ['Jamal', 'Djamal', 'Dzhamal', 'Джамал'],
  };

  it.each(Object.entries(groups))('%s', (_name, spellings) => {
    const keys = new Set(spellings.map(key));
    expect([...keys], spellings.join(', ')).toHaveLength(1);
  });

  it('keeps the groups apart from one another', () => {
    const keys = Object.values(groups).map((spellings) => key(spellings[0]!));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('nameMatchKeys: different names stay apart', () => {
  it.each([
    ['Sipho', 'Simon'],
    ['Ivan', 'Ivana'],
    ['Ali', 'Alina'],
    ['Ali', 'Ilya'],
    ['Sergei', 'Sergio'],
    ['Maria', 'Mario'],
    ['Mohammed', 'Mahmoud'],
    ['Mohammed', 'Hamid'],
    ['Ahmed', 'Hamid'],
    ['Hussein', 'Hassan'],
    ['Yusuf', 'Yasin'],
    ['Thabo', 'Tebogo'],
    ['Dmitry', 'Dimitra'],
    ['Mokoena', 'Mokwena'],
    ['Elena', 'Alina'],
    ['Andrei', 'Andrew'],
    ['Nikolai', 'Nicola'],
    ['Khan', 'Kan'],
    ['Tom', 'Tim'],
  ])('%s ≠ %s', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });
});

describe('nameMatchKeys', () => {
  it('keys every token of every name, without repeats', () => {
    const keys = nameMatchKeys(['Thabo Mokoena', 'Табо Мокоэна', 'T. Mokoena']);
    expect(keys).toEqual([key('Thabo'), key('Mokoena'), key('T')]);
  });

  it('ignores case, diacritics and punctuation', () => {
    expect(nameMatchKeys(['JOSÉ Ñúñez-García'])).toEqual(nameMatchKeys(['jose nunez garcia']));
    expect(nameMatchKeys(['Mohammed  al-Hussein'])).toEqual(nameMatchKeys(['MOHAMED AL HUSSAIN']));
  });

  it('keeps tokens of scripts it does not transliterate as they are', () => {
    expect(nameMatchKeys(['محمد'])).toEqual(['محمد']);
    expect(nameMatchKeys(['مُحَمَّد'])).toEqual(['محمد']);
    expect(nameMatchKeys(['राम'])).toEqual(['राम'.normalize('NFKD').replace(/\p{M}+/gu, '')]);
  });

  it('keeps tokens with digits as they are', () => {
    expect(nameMatchKeys(['Unit 1234 b2'])).toEqual([key('Unit'), '1234', 'b2']);
  });

  it('never mixes a Latin key with an untransliterated token', () => {
    for (const k of nameMatchKeys(['Sergei Ivanov', 'Mohammed'])) expect(k).toContain(':');
  });

  it('yields nothing for empty names', () => {
    expect(nameMatchKeys([])).toEqual([]);
    expect(nameMatchKeys(['', ' - '])).toEqual([]);
  });
});

describe('duplicateReason: passport', () => {
  it('matches the same passport number, however written', () => {
    expect(duplicateReason(probe({ passportNumber: 'A01 234 567' }), probe({ passportNumber: 'a01-234-567', fullName: 'Someone Else' }))).toBe('passport');
  });

  it('matches the passport even across nationality, names and birth years', () => {
    const other = probe({ passportNumber: 'A01234567', fullName: 'Sipho Dlamini', nationality: 'LS', dateOfBirth: '1960' });
    expect(duplicateReason(probe({ passportNumber: 'A01234567' }), other)).toBe('passport');
  });

  it('never matches on empty passport numbers', () => {
    const a = probe({ fullName: 'Sipho Dlamini', passportNumber: '' });
    const b = probe({ fullName: 'Thabo Mokoena', passportNumber: '' });
    expect(duplicateReason(a, b)).toBeNull();
    expect(duplicateReason(probe({ passportNumber: ' - ' }), probe({ passportNumber: '', fullName: 'X Y' }))).toBeNull();
  });

  it('prefers passport over name when both match', () => {
    expect(duplicateReason(probe({ passportNumber: 'M1' }), probe({ passportNumber: 'M1' }))).toBe('passport');
  });

  it('does not match different passport numbers, then falls back to the name', () => {
    expect(duplicateReason(probe({ passportNumber: 'M1' }), probe({ passportNumber: 'M2' }))).toBe('name');
    expect(duplicateReason(probe({ passportNumber: 'M1' }), probe({ passportNumber: 'M2', fullName: 'Sipho Dlamini' }))).toBeNull();
  });
});

describe('duplicateReason: name', () => {
  it('matches the same name', () => {
    expect(duplicateReason(probe(), probe())).toBe('name');
  });

  it('matches with the words in another order', () => {
    expect(duplicateReason(probe({ fullName: 'Mohammed Ali Hassan' }), probe({ fullName: 'Hassan Mohammed Ali' }))).toBe('name');
    expect(duplicateReason(probe({ fullName: 'Thabo Mokoena' }), probe({ fullName: 'MOKOENA, Thabo' }))).toBe('name');
  });

  it('matches transliteration variants and Cyrillic spellings', () => {
    expect(duplicateReason(probe({ fullName: 'Сергей Иванов', nationality: 'UZ' }), probe({ fullName: 'Sergei Ivanov', nationality: 'UZ' }))).toBe('name');
    expect(duplicateReason(probe({ fullName: 'Muhammad Hussain' }), probe({ fullName: 'Mohamed Hossein' }))).toBe('name');
    expect(duplicateReason(probe({ fullName: 'Табо Мокоэна' }), probe({ fullName: 'Thabo Mokoena' }))).toBe('name');
    expect(duplicateReason(probe({ fullName: 'Олександр Шевченко', nationality: 'UA' }), probe({ fullName: 'Aleksandr Shevchenko', nationality: 'UA' }))).toBe('name');
  });

  it('matches when two of the words match, beside extra words', () => {
    expect(duplicateReason(probe({ fullName: 'Thabo Johannes Mokoena' }), probe({ fullName: 'Thabo Mokoena' }))).toBe('name');
    expect(duplicateReason(probe({ fullName: 'Thabo Johannes Mokoena' }), probe({ fullName: 'Thabo Sipho Mokoena' }))).toBe('name');
  });

  it('does not match on one shared word of longer names', () => {
    expect(duplicateReason(probe({ fullName: 'Thabo Mokoena' }), probe({ fullName: 'Sipho Mokoena' }))).toBeNull();
    expect(duplicateReason(probe({ fullName: 'Thabo Mokoena' }), probe({ fullName: 'Thabo' }))).toBeNull();
    expect(duplicateReason(probe({ fullName: 'Thabo Mokoena' }), probe({ fullName: 'T. Mokoena' }))).toBeNull();
  });

  it('matches single-word names only when equal', () => {
    expect(duplicateReason(probe({ fullName: 'Mohammed' }), probe({ fullName: 'Muhammad' }))).toBe('name');
    expect(duplicateReason(probe({ fullName: 'Mohammed' }), probe({ fullName: 'Mahmoud' }))).toBeNull();
  });

  it('matches through other names, on either side', () => {
    const a = probe({ fullName: 'Thabo Mokoena', otherNames: ['Tabo Mokwena'] });
    const b = probe({ fullName: 'John Mokwena', otherNames: ['Tabo Mokwena'] });
    expect(duplicateReason(a, b)).toBe('name');
    expect(duplicateReason(b, a)).toBe('name');
    const c = probe({ fullName: 'Jabu Nkosi', otherNames: ['Табо Мокоэна'] });
    expect(duplicateReason(probe(), c)).toBe('name');
    expect(duplicateReason(c, probe())).toBe('name');
  });

  it('does not combine words of different names of the same person', () => {
    const a = probe({ fullName: 'Thabo Mokoena', otherNames: [] });
    const b = probe({ fullName: 'Thabo Dlamini', otherNames: ['Sipho Mokoena'] });
    expect(duplicateReason(a, b)).toBeNull();
  });

  it('never matches on names across nationalities', () => {
    expect(duplicateReason(probe({ nationality: 'ZA' }), probe({ nationality: 'LS' }))).toBeNull();
    expect(duplicateReason(probe({ nationality: '' }), probe({ nationality: '' }))).toBeNull();
    expect(duplicateReason(probe({ nationality: 'za' }), probe({ nationality: 'ZA' }))).toBe('name');
  });

  describe('birth years', () => {
    it.each([
      ['1994-03-07', '1994-03-07', 'name'],
      ['1994-03-07', '1994-11-30', 'name'],
      ['1994', '1995-01-01', 'name'],
      ['1994-01-01', '1993-12-31', 'name'],
      ['1994-03', '1993', 'name'],
      ['1994', '1996', null],
      ['1994-12-31', '1992-01-01', null],
      ['1994', null, 'name'],
      [null, '1980', 'name'],
      [null, null, 'name'],
      ['unknown', '1980', 'name'],
    ] as const)('%s and %s: %s', (a, b, expected) => {
      expect(duplicateReason(probe({ dateOfBirth: a }), probe({ dateOfBirth: b }))).toBe(expected);
    });
  });

  it('is symmetric', () => {
    const cases: [DuplicateProbe, DuplicateProbe][] = [
      [probe(), probe({ fullName: 'Mokoena Thabo', dateOfBirth: '1995' })],
      [probe(), probe({ dateOfBirth: '1996' })],
      [probe({ otherNames: ['Tabo'] }), probe({ fullName: 'Tabo' })],
    ];
    for (const [a, b] of cases) expect(duplicateReason(a, b)).toBe(duplicateReason(b, a));
  });
});

describe('duplicateReason: the same case', () => {
  it('is never a duplicate of itself', () => {
    const id = '6f1e2d3c-4b5a-4968-8776-655443322110';
    expect(duplicateReason(probe({ id, passportNumber: 'M1' }), probe({ id, passportNumber: 'M1' }))).toBeNull();
    expect(duplicateReason(probe({ id }), probe({ id: '1a2b3c4d-5e6f-4a0b-9c8d-7e6f5a4b3c2d' }))).toBe('name');
    expect(duplicateReason(probe(), probe({ id }))).toBe('name');
  });
});
