/** The measurements of test/bench/exchange-timings.mjs: one generated workstation, exported, imported and backed up. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseArgs } from 'node:util';
import { HomewardDb } from '../../renderer/src/data/db';
import { createExchange } from '../../renderer/src/data/exchange';
import { casesToCsv } from '../../renderer/src/data/exchange/csv-export';
import { createRepositories } from '../../renderer/src/data/repositories';
import { generateDataset } from '../../scripts/seed/generate';

const PASSPHRASE = 'a passphrase for timing only';

async function workstation() {
  const db = new HomewardDb(`timings-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const repos = createRepositories(db, undefined, { kdfIterations: 1000 });
  const supervisor = await repos.staff.setUpWorkstation({
    profile: { name: 'Timing Supervisor' },
    workstation: { issuingCountry: 'ZA', postCode: 'MOW' },
    passphrase: { passphrase: PASSPHRASE, confirmation: PASSPHRASE },
  });
  return { db, repos, supervisor, exchange: createExchange(db, repos) };
}

async function time<T>(label: string, run: () => Promise<T>, rows: string[][]): Promise<T> {
  const start = performance.now();
  const result = await run();
  rows.push([label, `${((performance.now() - start) / 1000).toFixed(2)} s`]);
  return result;
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { cases: { type: 'string' } }, strict: true });
  const count = Number(values.cases ?? 10_000);
  const rows: string[][] = [];
  const dataset = generateDataset({ seed: 1, today: '2026-03-01', cases: count });

  const source = await workstation();
  await time(`seed: bulk import of ${count} generated cases with their contact logs`, () =>
    source.repos.caseImport.commit(dataset.cases.map((c) => ({ case: c.case, contacts: c.contacts, followUps: c.followUps })), source.supervisor.id),
  rows);

  await time('baseline: getAll of every case + the same serialisation', async () => `\uFEFF${casesToCsv(await source.db.cases.toArray(), true)}`.length, rows);
  const file = await time('CSV export (chunks of 1,000, reference order)', () => source.exchange.csvExport.export({ filter: {}, contactLostDays: 14 }, source.supervisor.id), rows);

  const target = await workstation();
  const preview = await time('CSV import: preview (parse, validate, duplicates)', () => target.exchange.intakeImport.preview(file.bytes), rows);
  const result = await time('CSV import: commit (one transaction)', () => target.exchange.intakeImport.commit(preview, target.supervisor.id), rows);

  const backup = await time('backup: snapshot, gzip, PBKDF2 600k, AES-GCM', () => source.exchange.backups.create({ passphrase: PASSPHRASE }, source.supervisor.id), rows);
  const empty = await workstation(); // restored over by its own supervisor
  const opened = await time('restore: decrypt, parse, validate every record', () => empty.exchange.backups.open(backup.bytes, PASSPHRASE), rows);
  await time('restore: replace every table (one transaction)', () => empty.exchange.backups.restore(opened, empty.supervisor.id), rows);

  console.log(`\n${count} cases, ${dataset.cases.reduce((n, c) => n + c.contacts.length, 0)} contact-log entries (Node ${process.version}, fake-indexeddb)\n`);
  for (const [label, value] of rows) console.log(`${label!.padEnd(72)} ${value}`);
  console.log(`\nCSV file ${(file.bytes.byteLength / 1e6).toFixed(1)} MB, ${file.count} rows; import: ${preview.counts.importable} valid, ${preview.counts.errors} refused (Returned or Closed), ${result.imported.length} written`);
  console.log(`backup file ${(backup.bytes.byteLength / 1e6).toFixed(1)} MB; records ${JSON.stringify(backup.records)}`);
  return 0;
}
