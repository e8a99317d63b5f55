import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseSeedArguments, seedFile } from '../../../scripts/seed/cli';
import { INTAKE_HEADERS, intakeRowToRecord, unneutraliseCell, type IntakeCells } from '../../../shared/domain/intake-csv';

describe('seed intake file', () => {
  const file = seedFile({ cases: 300, seed: 4, today: '2026-03-01' });

  it('starts with a byte-order mark and the headers of DESIGN.md §4, in order', () => {
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    expect(file.text.slice(1, file.text.indexOf('\r\n')).split(',')).toEqual([...INTAKE_HEADERS]);
  });

  it('is deterministic for a seed and a day', () => {
    expect(seedFile({ cases: 300, seed: 4, today: '2026-03-01' }).text).toBe(file.text);
  });

  it('holds rows that the CSV import reads as the generated cases, without references', () => {
    const parsed = Papa.parse<Record<string, string>>(file.text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(300);
    parsed.data.forEach((row, i) => {
      const cells = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unneutraliseCell(v)])) as IntakeCells;
      const read = intakeRowToRecord(cells);
      expect(read, `row ${i + 2}`).toMatchObject({ ok: true });
      if (!read.ok) return;
      const c = file.cases[i]!;
      expect(read.record.reference).toBeNull();
      expect(read.record.newCase.person).toMatchObject({ fullName: c.person.fullName, otherNames: c.person.otherNames, phone: c.person.phone, nationality: c.person.nationality });
      expect(read.record.recruitment.methods).toEqual(c.recruitment.methods);
      expect(read.record.status).toBe(c.status);
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
