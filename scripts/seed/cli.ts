/**
 * `npm run seed -- --cases N [--seed S] [--out FILE] [--today YYYY-MM-DD]`:
 * writes a generated intake CSV (DESIGN.md §4) that the app's CSV import
 * reads, and prints what is in it. The same seed and day always give the
 * same file.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { localIsoDate } from '../../shared/domain/partial-date';
import type { Case } from '../../shared/schemas/case';
import { intakeCsv, intakeCsvRow } from './csv';
import { SeedGenerator } from './generate';
import { NATIONALITIES, type Region } from './nationalities';
import { hashSeed } from './random';

/** The statuses an intake import opens cases in: Returned and Closed need steps and a closure reason a CSV row cannot carry. */
const INTAKE_STATUSES = ['reported', 'verifying', 'locating', 'in_contact', 'repatriation'] as const;
const USAGE = 'Usage: npm run seed -- --cases N [--seed S] [--out FILE] [--today YYYY-MM-DD]';
const REGION_LABELS: Record<Region, string> = {
  central_asia: 'Central Asia',
  south_asia: 'South Asia',
  africa: 'Africa',
  caribbean: 'Cuba',
  middle_east: 'Middle East and Afghanistan',
  europe: 'Europe',
};

export interface SeedArguments {
  cases: number;
  seed: number;
  out: string;
  today: string;
}

export function parseSeedArguments(argv: readonly string[], today: string): SeedArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: { cases: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' } },
    strict: true,
  });
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`--cases must be a whole number of at least 1. ${USAGE}`);
  const seedText = values.seed ?? '1';
  const seed = /^\d+$/.test(seedText) ? Number(seedText) >>> 0 : hashSeed(seedText);
  const day = values.today ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`--today must be YYYY-MM-DD. ${USAGE}`);
  return { cases, seed, today: day, out: values.out ?? `homeward-seed-${cases}-${seedText}.csv` };
}

export interface SeedFile {
  /** UTF-8 text with a byte-order mark. */
  text: string;
  cases: Case[];
  contacts: number;
}

/** The intake file of a generated data set: its open cases, without references (the importing workstation issues them). */
export function seedFile({ cases, seed, today }: Pick<SeedArguments, 'cases' | 'seed' | 'today'>): SeedFile {
  const generator = new SeedGenerator({ seed, today, statuses: INTAKE_STATUSES }, cases);
  const made: Case[] = [];
  let contacts = 0;
  for (const seeded of generator.cases()) {
    made.push({ ...seeded.case, reference: '' });
    contacts += seeded.contacts.length;
  }
  return { text: intakeCsv(made.map(intakeCsvRow)), cases: made, contacts };
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: SeedArguments;
  try {
    args = parseSeedArguments(argv, localIsoDate(new Date()));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const file = seedFile(args);
  writeFileSync(args.out, file.text, 'utf8');

  const count = file.cases.length;
  const share = (n: number) => `${((100 * n) / count).toFixed(1)} %`;
  const tally = <K>(key: (c: Case) => K) => {
    const counts = new Map<K, number>();
    for (const c of file.cases) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const regionOf = new Map(NATIONALITIES.map((n) => [n.code, n.region]));
  console.log(`Wrote ${count} cases to ${args.out} (${(Buffer.byteLength(file.text) / 1e6).toFixed(1)} MB), seed ${args.seed}, dated up to ${args.today}.`);
  console.log(`Nationalities: ${tally((c) => c.person.nationality).length}`);
  for (const [region, n] of tally((c) => regionOf.get(c.person.nationality)!)) console.log(`  ${REGION_LABELS[region].padEnd(28)} ${share(n)}`);
  console.log('Statuses:');
  for (const [status, n] of tally((c) => c.status)) console.log(`  ${status.padEnd(28)} ${share(n)}`);
  console.log(`Contact-log entries generated with them: ${file.contacts} (${(file.contacts / count).toFixed(1)} a case); an intake file carries the cases only.`);
  return 0;
}
