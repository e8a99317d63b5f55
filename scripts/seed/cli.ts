/**
 * `npm run seed -- --cases N [--seed S] [--out FILE] [--today YYYY-MM-DD]`:
 * writes a generated intake CSV that the app's CSV import reads, and prints
 * what is in it. The same seed and day always give the same file.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { localIsoDate } from '../../shared/domain/partial-date';
import { intakeCsv, intakeCsvRow, type IntakeCsvRow } from './csv';
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

export async function main(argv: readonly string[]): Promise<number> {
  let args: SeedArguments;
  try {
    args = parseSeedArguments(argv, localIsoDate(new Date()));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const generator = new SeedGenerator({ seed: args.seed, today: args.today, statuses: INTAKE_STATUSES }, args.cases);
  const rows: IntakeCsvRow[] = [];
  const byRegion = new Map<Region, number>();
  const byStatus = new Map<string, number>();
  const regionOf = new Map(NATIONALITIES.map((n) => [n.code, n.region]));
  let contacts = 0;
  for (const seeded of generator.cases()) {
    // Intake rows carry no reference: the workstation that imports them issues its own.
    rows.push({ ...intakeCsvRow(seeded.case), reference: '' });
    const region = regionOf.get(seeded.case.person.nationality)!;
    byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
    byStatus.set(seeded.case.status, (byStatus.get(seeded.case.status) ?? 0) + 1);
    contacts += seeded.contacts.length;
  }
  const text = intakeCsv(rows);
  writeFileSync(args.out, text, 'utf8');

  const share = (n: number) => `${((100 * n) / rows.length).toFixed(1)} %`;
  console.log(`Wrote ${rows.length} cases to ${args.out} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB), seed ${args.seed}, dated up to ${args.today}.`);
  console.log(`Nationalities: ${new Set(rows.map((r) => r.nationality)).size}`);
  for (const [region, n] of [...byRegion].sort((a, b) => b[1] - a[1])) console.log(`  ${REGION_LABELS[region].padEnd(28)} ${share(n)}`);
  console.log('Statuses:');
  for (const [status, n] of [...byStatus].sort((a, b) => b[1] - a[1])) console.log(`  ${status.padEnd(28)} ${share(n)}`);
  console.log(`Contact-log entries generated with them: ${contacts} (${(contacts / rows.length).toFixed(1)} a case); the intake CSV carries cases only.`);
  return 0;
}
