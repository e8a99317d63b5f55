import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseSeedArguments } from '../../../scripts/seed/cli';
import { INTAKE_CSV_HEADERS, intakeCsv, intakeCsvRow } from '../../../scripts/seed/csv';
import { generateDataset } from '../../../scripts/seed/generate';

describe('intake CSV', () => {
  const cases = generateDataset({ seed: 4, today: '2026-03-01', cases: 300 }).cases.map((c) => c.case);
  const text = intakeCsv(cases.map(intakeCsvRow));

  it('starts with a byte-order mark and the headers of DESIGN.md §4, in order', () => {
    expect(text.startsWith('\uFEFFreference,full_name,other_names,date_of_birth,sex,nationality,passport_number,phone,')).toBe(true);
    const firstLine = text.slice(1, text.indexOf('\r\n'));
    expect(firstLine.split(',')).toEqual([...INTAKE_CSV_HEADERS]);
  });

  it('reads back as the same values, codes and ";"-joined lists', () => {
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(cases.length);
    parsed.data.forEach((row, i) => {
      const c = cases[i]!;
      expect(row.full_name).toBe(c.person.fullName);
      expect(row.other_names ? row.other_names.split(';') : []).toEqual(c.person.otherNames);
      expect(row.recruitment_methods ? row.recruitment_methods.split(';') : []).toEqual(c.recruitment.methods);
      expect(row.date_of_birth).toBe(c.person.dateOfBirth ?? '');
      expect([row.status, row.current_situation, row.nationality]).toEqual([c.status, c.whereabouts.situation, c.person.nationality]);
    });
  });
});

describe('seed command line', () => {
  it('reads the number of cases, a numeric or word seed, the output file and the day', () => {
    expect(parseSeedArguments(['--cases', '500'], '2026-03-01')).toEqual({ cases: 500, seed: 1, today: '2026-03-01', out: 'homeward-seed-500-1.csv' });
    const args = parseSeedArguments(['--cases', '10', '--seed', 'demo', '--out', 'x.csv', '--today', '2025-01-02'], '2026-03-01');
    expect(args).toMatchObject({ cases: 10, out: 'x.csv', today: '2025-01-02' });
    expect(args.seed).toBeGreaterThan(0);
  });

  it('refuses a missing or bad case count', () => {
    expect(() => parseSeedArguments([], '2026-03-01')).toThrow(/--cases/);
    expect(() => parseSeedArguments(['--cases', '-3'], '2026-03-01')).toThrow(/--cases/);
    expect(() => parseSeedArguments(['--cases', '3', '--bogus'], '2026-03-01')).toThrow();
  });
});
