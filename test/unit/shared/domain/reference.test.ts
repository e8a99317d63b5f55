import { describe, expect, it } from 'vitest';
import { formatReference, parseReference, sequenceKey, type ReferenceParts } from '../../../../shared/domain/reference';
import { CaseSchema } from '../../../../shared/schemas/case';
import { validCase } from '../helpers';

describe('formatReference', () => {
  it('formats the DESIGN.md example', () => {
    expect(formatReference({ country: 'ZA', postCode: 'MOW', year: 2026, sequence: 17 })).toBe('ZA-MOW-2026-0017');
  });

  it.each([
    [1, '0001'],
    [999, '0999'],
    [9999, '9999'],
    [10000, '10000'],
    [123456, '123456'],
  ])('pads sequence %d to %s (at least four digits, never truncated)', (sequence, expected) => {
    expect(formatReference({ country: 'IN', postCode: 'DEL1', year: 2025, sequence })).toBe(`IN-DEL1-2025-${expected}`);
  });
});

describe('a workstation that syncs', () => {
  it('writes its station code before its own sequence, and the reference reads back', () => {
    const parts: ReferenceParts = { country: 'ZA', postCode: 'MOW', year: 2026, sequence: 17, station: 'B' };
    expect(formatReference(parts)).toBe('ZA-MOW-2026-B-0017');
    expect(parseReference('ZA-MOW-2026-B-0017')).toEqual(parts);
    expect(parseReference('ZA-MOW-2026-K2-0001')).toMatchObject({ station: 'K2', sequence: 1 });
    expect(CaseSchema.shape.reference.safeParse('ZA-MOW-2026-B-0017').success).toBe(true);
  });

  it('refuses a station code that is not a letter, or a letter and a letter or digit', () => {
    for (const reference of ['ZA-MOW-2026-2-0017', 'ZA-MOW-2026-ABC-0017', 'ZA-MOW-2026-b-0017']) {
      expect(parseReference(reference)).toBeNull();
      expect(CaseSchema.shape.reference.safeParse(reference).success).toBe(false);
    }
  });
});

describe('parseReference', () => {
  it('parses the DESIGN.md example', () => {
    expect(parseReference('ZA-MOW-2026-0017')).toEqual({ country: 'ZA', postCode: 'MOW', year: 2026, sequence: 17 });
  });

  it.each<ReferenceParts>([
    { country: 'ZA', postCode: 'MOW', year: 2026, sequence: 17 },
    { country: 'NP', postCode: 'KTM', year: 2024, sequence: 1 },
    { country: 'KE', postCode: 'NBO2', year: 2025, sequence: 9999 },
    { country: 'IN', postCode: 'ABCDEFGH', year: 2026, sequence: 10000 },
    { country: 'ZA', postCode: 'PT', year: 2031, sequence: 1234567 },
  ])('round-trips %o', (parts) => {
    const reference = formatReference(parts);
    expect(parseReference(reference)).toEqual(parts);
    expect(CaseSchema.shape.reference.safeParse(reference).success).toBe(true);
  });

  it.each([
    'ZA-MOW-2026-17',
    'ZA-MOW-2026-',
    'za-mow-2026-0017',
    'ZAF-MOW-2026-0017',
    'ZA-M-2026-0017',
    'ZA-ABCDEFGHI-2026-0017',
    'ZA-MOW-26-0017',
    'ZA-MOW-2026-0017-1',
    ' ZA-MOW-2026-0017',
    'ZA MOW 2026 0017',
    '',
  ])('returns null for %j', (reference) => {
    expect(parseReference(reference)).toBeNull();
  });

  it('agrees with the CaseSchema reference rule', () => {
    for (const reference of ['ZA-MOW-2026-0017', 'ZA-MOW-2026-17', 'ZA-mow-2026-0017', 'ZA-MOW-2026-00017']) {
      const schemaAccepts = CaseSchema.safeParse({ ...validCase(), reference }).success;
      expect(parseReference(reference) !== null, reference).toBe(schemaAccepts);
    }
  });
});

describe('sequenceKey', () => {
  it('is one key a year', () => {
    expect(sequenceKey(2026)).toBe('referenceSequence:2026');
    expect(sequenceKey(2027)).not.toBe(sequenceKey(2026));
  });
});
