import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  EmailSchema,
  IsoDateSchema,
  PartialDateSchema,
  PhoneSchema,
  RecordMetaSchema,
  TimestampSchema,
  UuidSchema,
  codeOf,
  normalisePhone,
  optionalDate,
  requiredText,
  text,
} from '../../../../shared/schemas/primitives';
import { ACTOR_ID, issuesOf, parsed, validMeta } from '../helpers';

describe('UuidSchema', () => {
  it('accepts a random (v4) UUID', () => {
    expect(parsed(UuidSchema, ACTOR_ID)).toBe(ACTOR_ID);
  });

  it.each(['', '42', 'not-a-uuid', '0b7c6a3e1d2f4a5b8c9d0e1f2a3b4c5d'])('refuses %j with validation.invalid', (value) => {
    expect(issuesOf(UuidSchema, value)).toEqual([{ path: '', message: 'validation.invalid' }]);
  });
});

describe('TimestampSchema', () => {
  it.each(['2026-03-07T10:15:00.000+02:00', '2026-03-07T08:15:00Z', '2026-03-07T08:15:00.123Z'])('accepts %s', (value) => {
    expect(parsed(TimestampSchema, value)).toBe(value);
  });

  it.each(['2026-03-07', '2026-03-07 10:15', 'yesterday', ''])('refuses %j with validation.invalidDate', (value) => {
    expect(issuesOf(TimestampSchema, value)).toEqual([{ path: '', message: 'validation.invalidDate' }]);
  });
});

describe('IsoDateSchema', () => {
  it.each(['1994-03-07', '2024-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(parsed(IsoDateSchema, value)).toBe(value);
  });

  it.each(['1994-02-30', '2023-02-29', '1994-13-01', '1994-00-10', '1994-03-00', '1994-03', '1994', '94-03-07', '1994-3-7', '07/03/1994', ''])(
    'refuses %j with validation.invalidDate',
    (value) => {
      expect(issuesOf(IsoDateSchema, value)).toEqual([{ path: '', message: 'validation.invalidDate' }]);
    },
  );
});

describe('PartialDateSchema', () => {
  it.each(['1994', '1994-03', '1994-03-07', '2000-02-29'])('accepts %s', (value) => {
    expect(parsed(PartialDateSchema, value)).toBe(value);
  });

  it.each(['1994-02-30', '1900-02-29', '1994-13', '1994-00', '1994-03-32', '94', '1994-3', '1994-03-7', '1899', 'abcd', ' 1994', ''])(
    'refuses %j with validation.invalidPartialDate',
    (value) => {
      expect(issuesOf(PartialDateSchema, value)).toEqual([{ path: '', message: 'validation.invalidPartialDate' }]);
    },
  );
});

describe('optionalDate', () => {
  const schema = optionalDate(IsoDateSchema);

  it('turns empty input into null ("not known")', () => {
    expect(parsed(schema, '')).toBeNull();
  });

  it('keeps null', () => {
    expect(parsed(schema, null)).toBeNull();
  });

  it('keeps a valid date', () => {
    expect(parsed(schema, '2026-03-07')).toBe('2026-03-07');
  });

  it("reports the inner schema's message key for an invalid date, not a generic union error", () => {
    expect(issuesOf(schema, '2026-02-30')).toEqual([{ path: '', message: 'validation.invalidDate' }]);
    expect(issuesOf(optionalDate(PartialDateSchema), '1994-13')).toEqual([{ path: '', message: 'validation.invalidPartialDate' }]);
  });
});

describe('CountryCodeSchema', () => {
  it.each(['ZA', 'IN', 'NP', 'KE', 'UA', 'RU'])('accepts %s', (value) => {
    expect(parsed(CountryCodeSchema, value)).toBe(value);
  });

  it.each(['XX', 'za', 'Za', 'ZAF', 'Narnia', 'South Africa', '', ' ZA'])('refuses %j with validation.country', (value) => {
    expect(issuesOf(CountryCodeSchema, value)).toEqual([{ path: '', message: 'validation.country' }]);
  });

  it('refuses a missing value with validation.country', () => {
    expect(issuesOf(CountryCodeSchema, undefined)).toEqual([{ path: '', message: 'validation.country' }]);
  });
});

describe('CurrencyCodeSchema', () => {
  it.each(['USD', 'ZAR', 'RUB'])('accepts %s', (value) => {
    expect(parsed(CurrencyCodeSchema, value)).toBe(value);
  });

  it.each(['usd', 'US', 'DOLLARS', ''])('refuses %j with validation.currency', (value) => {
    expect(issuesOf(CurrencyCodeSchema, value)).toEqual([{ path: '', message: 'validation.currency' }]);
  });
});

describe('PhoneSchema and normalisePhone', () => {
  it.each([
    ['+27 82 123 4567', '+27821234567'],
    ['0027821234567', '+27821234567'],
    ['00 27 82 123 4567', '+27821234567'],
    ['+27-82-123-4567', '+27821234567'],
    ['  +27821234567  ', '+27821234567'],
    ['+91 98765 43210', '+919876543210'],
    ['+7 912 345-67-89', '+79123456789'],
  ])('normalises %j to E.164 %s', (input, expected) => {
    expect(parsed(PhoneSchema, input)).toBe(expected);
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(['abc', '+27 12', '+27 82 123 4567 8901', '12345', '', '   ', '+999 123 456 789'])('refuses %j with validation.phone', (input) => {
    expect(issuesOf(PhoneSchema, input)).toEqual([{ path: '', message: 'validation.phone' }]);
    expect(normalisePhone(input)).toBeNull();
  });

  it('needs a default country for a national number', () => {
    expect(normalisePhone('082 123 4567')).toBeNull();
    expect(normalisePhone('082 123 4567', 'ZA')).toBe('+27821234567');
  });
});

describe('EmailSchema', () => {
  it('accepts an address', () => {
    expect(parsed(EmailSchema, 'officer@example.org')).toBe('officer@example.org');
  });

  it.each(['officer', 'officer@', '@example.org', 'a b@example.org'])('refuses %j with validation.email', (value) => {
    expect(issuesOf(EmailSchema, value)).toEqual([{ path: '', message: 'validation.email' }]);
  });
});

describe('text and requiredText', () => {
  it('text trims, so blank means empty', () => {
    expect(parsed(text(10), '  hello  ')).toBe('hello');
    expect(parsed(text(10), '   ')).toBe('');
  });

  it('text counts the length after trimming', () => {
    expect(parsed(text(3), '  abc  ')).toBe('abc');
    expect(issuesOf(text(3), 'abcd')).toEqual([{ path: '', message: 'validation.tooLong' }]);
  });

  it('requiredText refuses empty, blank and missing input with validation.required', () => {
    expect(issuesOf(requiredText(10), '')).toEqual([{ path: '', message: 'validation.required' }]);
    expect(issuesOf(requiredText(10), '   ')).toEqual([{ path: '', message: 'validation.required' }]);
    expect(issuesOf(requiredText(10), undefined)).toEqual([{ path: '', message: 'validation.required' }]);
  });

  it('requiredText refuses text over the limit with validation.tooLong', () => {
    expect(parsed(requiredText(5), ' abcde ')).toBe('abcde');
    expect(issuesOf(requiredText(5), 'abcdef')).toEqual([{ path: '', message: 'validation.tooLong' }]);
  });
});

describe('codeOf', () => {
  it('accepts the codes of its vocabulary', () => {
    expect(parsed(codeOf('priority'), 'critical')).toBe('critical');
  });

  it.each(['Critical', 'urgent', '', 'in_contact'])('refuses %j (a label, unknown code or another vocabulary) with validation.choose', (value) => {
    expect(issuesOf(codeOf('priority'), value)).toEqual([{ path: '', message: 'validation.choose' }]);
  });
});

describe('RecordMetaSchema', () => {
  it('accepts a live record and a tombstone', () => {
    expect(parsed(RecordMetaSchema, validMeta())).toEqual(validMeta());
    const tombstone = validMeta({ deletedAt: '2026-03-08T09:00:00Z', version: 3 });
    expect(parsed(RecordMetaSchema, tombstone)).toEqual(tombstone);
  });

  it('refuses a version below 1 or not an integer', () => {
    expect(issuesOf(RecordMetaSchema, validMeta({ version: 0 })).map((i) => i.path)).toEqual(['version']);
    expect(issuesOf(RecordMetaSchema, validMeta({ version: 1.5 })).map((i) => i.path)).toEqual(['version']);
  });

  it('refuses an auto-increment id', () => {
    expect(issuesOf(RecordMetaSchema, { ...validMeta(), id: 17 }).map((i) => i.path)).toEqual(['id']);
  });

  it('requires deletedAt to be present (null when live)', () => {
    const { deletedAt: _deletedAt, ...withoutTombstone } = validMeta();
    expect(issuesOf(RecordMetaSchema, withoutTombstone).map((i) => i.path)).toEqual(['deletedAt']);
  });

  it('refuses malformed timestamps with validation.invalidDate', () => {
    expect(issuesOf(RecordMetaSchema, validMeta({ updatedAt: '2026-03-07' }))).toEqual([{ path: 'updatedAt', message: 'validation.invalidDate' }]);
  });
});

describe('a schema built from primitives', () => {
  it('reports nested paths', () => {
    const schema = z.object({ a: z.object({ b: CountryCodeSchema }) });
    expect(issuesOf(schema, { a: { b: 'XX' } })).toEqual([{ path: 'a.b', message: 'validation.country' }]);
  });
});
