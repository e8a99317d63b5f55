/**
 * Restoring a backup made by an older version of Homeward: records of today's
 * shapes (version 3 on) restore with their cases' derived values computed by
 * today's rules; older ones are refused with a clear message.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/schemas/case';
import { createExchange } from '../../../renderer/src/data/exchange';
import { deriveBackupKey, sealBackup } from '../../../renderer/src/data/exchange/backup-crypto';
import { ExchangeError } from '../../../renderer/src/data/exchange/errors';
import { createRepositories } from '../../../renderer/src/data/repositories';
import { openTestDb, setUpWorkstation, testClock } from '../data/fixtures';
import { allTables, encode, makeCase } from './fixtures';
import { isSealedTable, openedAll } from '../../../renderer/src/data/vault/sealed-record';

const PASSPHRASE = 'correct horse battery staple';

/** A backup file as version `schemaVersion` wrote it, of the given tables. */
async function backupOf(schemaVersion: number, tables: Record<string, unknown[]>): Promise<Uint8Array<ArrayBuffer>> {
  const manifest = { app: 'homeward', createdAt: '2026-03-01T08:00:00.000Z', schemaVersion, tables: Object.fromEntries(Object.entries(tables).map(([n, rows]) => [n, rows.length])) };
  const lines = [JSON.stringify(manifest), ...Object.entries(tables).flatMap(([name, rows]) => rows.map((row) => JSON.stringify([name, row])))];
  return sealBackup(encode(`${lines.join('\n')}\n`), await deriveBackupKey(PASSPHRASE), 'none');
}

async function source() {
  const { db, repos, officer } = await setUpWorkstation();
  await makeCase(repos, officer.id, { fullName: 'Muhammad Alhassan', passportNumber: 'B7654321' });
  await makeCase(repos, officer.id, { fullName: 'Ramesh\u200b Th\u200dapa', phone: '' });
  // An older version stored everything in the clear and had no keys table; a backup holds no counters (a restore
  // counts them again): the tables as they read once opened.
  const { keys: _keys, counters: _counted, ...tables } = await allTables(db);
  for (const name of Object.keys(tables)) if (isSealedTable(name)) tables[name] = await openedAll(db, name, tables[name] as never[]);
  return { tables, officer };
}

function restorer() {
  const db = openTestDb();
  const clock = testClock(Date.parse('2026-04-01T08:00:00Z'));
  return createExchange(db, createRepositories(db, clock), clock).backups;
}

describe('restoring a backup of an older version', () => {
  it('recomputes the derived values of a version 3 backup by today’s rules', async () => {
    const { tables } = await source();
    const stale = (tables['cases'] as Case[]).map((c) => ({ ...c, derived: { ...c.derived, nameTokens: ['stale'], matchKeys: ['stale'] } }));
    const opened = await restorer().open(await backupOf(3, { ...tables, cases: stale }), PASSPHRASE);
    expect(opened.tables.get('cases')).toEqual(tables['cases']);
    const thapa = (opened.tables.get('cases') as Case[]).find((c) => c.person.fullName.startsWith('Ramesh'))!;
    expect(thapa.derived.nameTokens).toEqual(['ramesh', 'thapa']);
  });

  it('gives the cases of a version 4 backup the empty text of an open list’s Other', async () => {
    const { tables } = await source();
    const v4 = (tables['cases'] as Case[]).map(({ recruitment: { channelOther: _c, platformOther: _p, ...recruitment }, ...c }) => ({ ...c, recruitment }));
    const opened = await restorer().open(await backupOf(4, { ...tables, cases: v4 }), PASSPHRASE);
    expect(opened.tables.get('cases')).toEqual(tables['cases']);
  });

  it('restores a stored case whose dates lie in the future: the rule is for typing, not for what is stored', async () => {
    const { tables } = await source();
    const [first, ...rest] = tables['cases'] as Case[];
    const future = { ...first!, reportedBy: { ...first!.reportedBy, reportedOn: '2031-05-01' } };
    const opened = await restorer().open(await backupOf(5, { ...tables, cases: [future, ...rest] }), PASSPHRASE);
    expect((opened.tables.get('cases') as Case[])[0]!.reportedBy.reportedOn).toBe('2031-05-01');
  });

  it('refuses a backup whose records have older shapes, saying so', async () => {
    const { tables } = await source();
    const refusal = await restorer()
      .open(await backupOf(2, tables), PASSPHRASE)
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ExchangeError);
    expect((refusal as ExchangeError).messageKey).toBe('backup.olderDatabase');
  });
});
