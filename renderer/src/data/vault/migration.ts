/**
 * Sealing a workstation's existing records (DESIGN.md §8): a database from
 * before protection holds its cases in the clear. Sealing needs the data key,
 * so it runs after the sign-in that unlocks it (never in a Dexie upgrade), a
 * batch at a time: each batch is read, sealed outside any transaction, then
 * written in one transaction that first checks the records have not changed
 * since they were read. A batch commits whole or not at all; after a crash
 * the next sign-in carries on with the records still in the clear, so
 * nothing is lost and nothing is sealed twice.
 *
 * The same run brings the hashed search entries of cases sealed under an
 * older scheme (sealed-record.ts, SEARCH_HASHES) up to date, a batch at a
 * time in the same way: each case is opened outside a transaction and its
 * entries written only if it has not changed since it was read.
 */
import type { Case } from '../../../../shared/schemas/case';
import type { HomewardDb } from '../db';
import { LockedError } from '../errors';
import type { Recorder, StoredRecords } from '../recorder/recorder';
import { sealClearCopies } from '../sync/sealed-copies';
import { isSealed, rehashed, SEARCH_HASHES, sealRecord, SEALED_PATHS, type SealedTable } from './sealed-record';

/** Records sealed per transaction: small enough that a batch is quick, large enough that 100,000 cases take few. */
export const SEAL_BATCH = 500;
/** Set once every record is sealed: later sign-ins skip the scan. */
export const SEALED_ALL_KEY = 'protection.sealedAll';
/** The scheme of the hashed search entries every sealed case holds (absent: 1, the first). */
export const SEARCH_HASHES_KEY = 'protection.searchHashes';

/** The scheme of hashed search entries the workstation's sealed cases hold. */
export async function searchHashScheme(db: HomewardDb): Promise<number> {
  const value = (await db.settings.get(SEARCH_HASHES_KEY))?.value;
  return typeof value === 'number' ? value : 1;
}

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
    return (await this.db.settings.get(SEALED_ALL_KEY))?.value !== true || (await searchHashScheme(this.db)) < SEARCH_HASHES;
  }

  /** Seals every record still in the clear; needs the data key in memory. */
  async sealAll({ batchSize = SEAL_BATCH, onProgress, afterBatch }: SealOptions = {}): Promise<void> {
    if (!this.recorder.vault.unlocked) throw new LockedError();
    const sealing = (await this.db.settings.get(SEALED_ALL_KEY))?.value !== true;
    const rehashing = (await searchHashScheme(this.db)) < SEARCH_HASHES;
    const counts = await Promise.all([...(sealing ? TABLES : []), ...(rehashing ? ['cases' as const] : [])].map((t) => this.db.table(t).count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    let batches = 0;
    let skipped = 0;
    onProgress?.({ done, total });
    for (const table of sealing ? TABLES : []) {
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
    if (sealing) {
      // Sync's copies of record content stored before the key (sync/sealed-copies.ts) are sealed too.
      await sealClearCopies(this.db, this.recorder.vault);
      if (skipped === 0) await this.recorder.commit([this.recorder.put('settings', { key: SEALED_ALL_KEY, value: true })]);
    }
    if (!rehashing) return;
    // Cases sealed above already hold the current entries: re-hashing them again changes nothing.
    let left = 0;
    let after: string | null = null;
    for (;;) {
      const collection = after === null ? this.db.cases.toCollection() : this.db.cases.where(':id').above(after);
      const page: Case[] = await collection.limit(batchSize).toArray();
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      const updated = (await Promise.all(page.map((c) => rehashed(this.recorder.vault, c)))).filter((c): c is Case => c !== null);
      if (updated.length > 0) left += await this.writeRehashed(updated, page);
      done += page.length;
      onProgress?.({ done, total });
      afterBatch?.(++batches);
    }
    if (left === 0) await this.recorder.commit([this.recorder.put('settings', { key: SEARCH_HASHES_KEY, value: SEARCH_HASHES })]);
  }

  /** Stores the cases' new search entries, each only if the case is still the one read (same envelope); the number left. */
  private async writeRehashed(updated: readonly Case[], read: readonly Case[]): Promise<number> {
    const envelopes = new Map(read.map((c) => [c.id, (c as { sealed?: string }).sealed]));
    return this.db.transaction('rw', this.db.cases, async () => {
      const current = await this.db.cases.bulkGet(updated.map((c) => c.id));
      const unchanged = updated.filter((c, i) => {
        const now = current[i] as (Case & { sealed?: string }) | undefined;
        return now !== undefined && now.sealed === envelopes.get(c.id) && now.version === c.version;
      });
      await this.db.cases.bulkPut(unchanged);
      return updated.length - unchanged.length;
    });
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
