/**
 * Intake files for the import preview's benchmark: generated cases as the
 * seed writes them (scripts/seed/csv.ts), and the same file with "similar
 * names", where many rows share a few names, as a list from one region does:
 * the duplicate matching's worst case.
 */
import { SeedGenerator } from '../../scripts/seed/generate';
import { intakeCsv, intakeCsvRow } from '../../scripts/seed/csv';

/** Rows of the similar-names file share this many names. */
const SHARED_NAMES = 40;

export function intakeFiles(rows: number, seed: number): { plain: Uint8Array; similarNames: Uint8Array } {
  const generator = new SeedGenerator({ seed, today: new Date().toISOString().slice(0, 10), statuses: ['reported'] }, rows);
  const plain = [];
  for (const seeded of generator.cases()) {
    plain.push(intakeCsvRow(seeded.case));
    if (plain.length === rows) break;
  }
  const names = plain.slice(0, SHARED_NAMES).map((row) => row.full_name);
  const similar = plain.map((row, i) => ({ ...row, full_name: names[i % names.length]!, reference: '' }));
  const encoder = new TextEncoder();
  return { plain: encoder.encode(intakeCsv(plain.map((row) => ({ ...row, reference: '' })))), similarNames: encoder.encode(intakeCsv(similar)) };
}
