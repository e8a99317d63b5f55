/**
 * Sealing a workstation's existing records (DESIGN.md §8): a database from
 * before protection holds its cases in the clear. Sealing needs the data key,
 * so it runs after the sign-in that unlocks it (never in a Dexie upgrade), a
 * batch at a time: each batch is read, sealed outside any transaction, then
 * written in one transaction that first checks the records have not changed
 * since they were read. A batch commits whole or not at all; after a crash
 * the next sign-in carries on with the records still in the clear, so
 * nothing is lost and nothing is sealed twice.
 */
import type { HomewardDb } from '../db';
import { LockedError } from '../errors';
import type { Recorder, StoredRecords } from '../recorder/recorder';
import { sealClearCopies } from '../sync/sealed-copies';
import { isSealed, sealRecord, SEALED_PATHS, type SealedTable } from './sealed-record';

/** Records sealed per transaction: small enough that a batch is quick, large enough that 100,000 cases take few. */
export const SEAL_BATCH = 500;
/** Set once every record is sealed: later sign-ins skip the scan. */
export const SEALED_ALL_KEY = 'protection.sealedAll';

export interface SealProgress {
  done: number;
  total: number;
}

export interface SealOptions {
  batchSize?: number;
  onProgress?: (progress: SealProgress) => void;
  /** Called after each committed batch; throwing stops the run there (a test's crash). */
  afterBatch?: (batches: number) => void;
}

const TABLES = Object.keys(SEALED_PATHS) as SealedTable[];

export class RecordSealer {
  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
  ) {}

  /** True when this workstation has a data key and records may still be in the clear. */
  async pending(): Promise<boolean> {
    if (!(await this.recorder.vault.protectedDb())) return false;
    return (await this.db.settings.get(SEALED_ALL_KEY))?.value !== true;
  }

  /** Seals every record still in the clear; needs the data key in memory. */
  async sealAll({ batchSize = SEAL_BATCH, onProgress, afterBatch }: SealOptions = {}): Promise<void> {
    if (!this.recorder.vault.unlocked) throw new LockedError();
    const counts = await Promise.all(TABLES.map((t) => this.db.table(t).count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    let batches = 0;
    let skipped = 0;
    onProgress?.({ done, total });
    for (const table of TABLES) {
      let after: string | null = null;
      for (;;) {
        const collection = after === null ? this.db.table(table).toCollection() : this.db.table(table).where(':id').above(after);
        const page = (await collection.limit(batchSize).toArray()) as StoredRecords[SealedTable][];
        if (page.length === 0) break;
        after = (page[page.length - 1] as { id: string }).id;
        const clear = page.filter((r) => !isSealed(r));
        const sealed = (await Promise.all(clear.map((r) => sealRecord(this.recorder.vault, table, r as never)))).filter((s, i) => s !== clear[i]);
        if (sealed.length > 0) skipped += await this.writeBatch(table, sealed);
        done += page.length;
        onProgress?.({ done, total });
        afterBatch?.(++batches);
      }
    }
    // Sync's copies of record content stored before the key (sync/sealed-copies.ts) are sealed too.
    await sealClearCopies(this.db, this.recorder.vault);
    if (skipped === 0) await this.recorder.commit([this.recorder.put('settings', { key: SEALED_ALL_KEY, value: true })]);
  }

  /** Replaces the batch's records by their sealed form, each only if it is still the record that was read; the number left. */
  private async writeBatch(table: SealedTable, sealed: object[]): Promise<number> {
    const target = this.db.table(table);
    return this.db.transaction('rw', target, async () => {
      const ids = sealed.map((r) => (r as { id: string }).id);
      const current = (await target.bulkGet(ids)) as ({ version?: number; sealed?: string } | undefined)[];
      // A record changed meanwhile (another window) is left for the next run rather than overwritten.
      const unchanged = sealed.filter((r, i) => {
        const now = current[i];
        return now !== undefined && now.sealed === undefined && now.version === (r as { version?: number }).version;
      });
      await target.bulkPut(unchanged);
      return sealed.length - unchanged.length;
    });
  }
}
