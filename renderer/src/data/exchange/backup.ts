/**
 * Backup and restore of the whole database: every table Dexie knows, to one
 * encrypted file (backup-crypto.ts), and back.
 *
 * Backup reads every table in one read transaction (a consistent snapshot),
 * then writes JSON lines — a manifest, then one `[table, record]` line per
 * record — through gzip (CompressionStream, where the runtime has it) and
 * AES-GCM.
 *
 * Restore decrypts, decompresses and parses line by line, validates every
 * record of every table with the shared schemas, and only then replaces the
 * database contents: all tables cleared and refilled in one read-write
 * transaction, with the restore's own history record. On any refusal or
 * failure the database is exactly as it was.
 */
import { z } from 'zod';
import { withoutFutureLimit } from '../../../../shared/domain/partial-date';
import { permits } from '../../../../shared/domain/permissions';
import { BACKUP_FILE_EXTENSION } from '../../../../shared/ipc';
import type { Case } from '../../../../shared/schemas/case';
import type { ContactEntry } from '../../../../shared/schemas/contact';
import type { FollowUp } from '../../../../shared/schemas/follow-up';
import type { Staff } from '../../../../shared/schemas/staff';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import { SAME_RECORD_SHAPES_SINCE, type HomewardDb } from '../db';
import { COUNTERS_TABLE, counterRecords, countCases } from '../counters';
import { SYNC_BOOKKEEPING_TABLES } from '../sync/tables';
import { withDerived } from '../recompute-derived';
import { PermissionDeniedError } from '../errors';
import type { ExchangeAudit } from './audit';
import { openEnvelope, readEnvelope, sealBackup, deriveBackupKey, type BackupKey, type Compression } from './backup-crypto';
import { concat } from './csv-export';
import { ExchangeError } from './errors';
import { TABLE_SCHEMAS } from './table-schemas';
import { vaultOf } from '../vault/vault';

export { BACKUP_FILE_EXTENSION };
export const BACKUP_MIME_TYPE = 'application/octet-stream';

const ManifestSchema = z.object({
  app: z.literal('homeward'),
  createdAt: z.string(),
  /** The Dexie schema version the records were written under. */
  schemaVersion: z.number().int().min(1),
  tables: z.record(z.string(), z.number().int().min(0)),
});
type Manifest = z.infer<typeof ManifestSchema>;

export interface BackupFile {
  bytes: Uint8Array<ArrayBuffer>;
  suggestedName: string;
  /** Records per table. */
  records: Record<string, number>;
}

/** A backup read, decrypted and validated in full: what restore would write. */
export interface OpenedBackup {
  madeAt: string;
  records: Record<string, number>;
  tables: ReadonlyMap<string, readonly unknown[]>;
}

/** The first record that failed its schema: the table, its position in the file, and the field. */
export interface InvalidRecordParams {
  table: string;
  record: number;
  field: string;
  [key: string]: string | number;
}

const LINE_BATCH_BYTES = 1 << 20;

export class BackupService {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly audit: ExchangeAudit,
    private readonly authorizer: Authorizer,
  ) {}

  /**
   * Makes the encrypted file. `passphrase` derives a fresh key with a new
   * salt; `key` is the session key of automatic backups (backup-keyring.ts).
   * A manual backup is recorded here; an automatic one by its caller once the
   * file is written. Supervisors only: the file holds every table, profiles'
   * passphrase verifiers and the access log included, readable by whoever
   * chose its passphrase.
   */
  async create(secret: { passphrase: string } | { key: BackupKey }, actorId: string, { automatic = false } = {}): Promise<BackupFile> {
    await this.authorizer.require(actorId, 'data.backup');
    const key = 'key' in secret ? secret.key : await deriveBackupKey(secret.passphrase);
    const tables = await this.snapshot();
    const records = Object.fromEntries([...tables].map(([name, rows]) => [name, rows.length]));
    const manifest: Manifest = { app: 'homeward', createdAt: this.clock.now(), schemaVersion: this.db.verno, tables: records };
    const compression: Compression = typeof CompressionStream === 'function' ? 'gzip' : 'none';
    const payload = await encodePayload(manifest, tables, compression);
    const bytes = await sealBackup(payload, key, compression);
    if (!automatic) await this.audit.record({ kind: 'backup', automatic: false, records }, actorId);
    return { bytes, records, suggestedName: `homeward-backup-${this.clock.now().slice(0, 19).replace(/[T:]/g, '-')}.${BACKUP_FILE_EXTENSION}` };
  }

  /** Decrypts and validates every record; writes nothing. Refusals are ExchangeErrors with `backup.*` keys. */
  async open(bytes: Uint8Array<ArrayBuffer>, passphrase: string): Promise<OpenedBackup> {
    const envelope = readEnvelope(bytes);
    const payload = await openEnvelope(envelope, passphrase);
    return this.decodePayload(payload, envelope.header.compression);
  }

  /**
   * Replaces every table with the backup's records, in one transaction, and
   * records the restore. A supervisor of this workstation may restore; on a
   * workstation not yet set up (no profiles: nothing to protect, e.g. a new
   * computer after a loss) the restorer names themselves as one of the
   * backup's supervisors.
   */
  async restore(backup: OpenedBackup, actorId: string): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async () => {
      if ((await this.db.staff.count()) > 0) await this.authorizer.require(actorId, 'data.restore');
      else {
        const actor = (backup.tables.get('staff') as Staff[] | undefined)?.find((s) => s.id === actorId);
        if (!actor || !permits(actor, 'data.restore')) throw new PermissionDeniedError('data.restore');
      }
      for (const table of this.db.tables) await table.clear();
      for (const table of this.storedTables()) {
        const rows = backup.tables.get(table.name) ?? [];
        if (rows.length > 0) await table.bulkAdd(rows as never[]);
      }
      // The counters are not in a backup: counted from the restored cases, in the same transaction.
      await this.db.counters.bulkAdd(counterRecords(countCases((backup.tables.get('cases') ?? []) as Case[])));
      await this.audit.record({ kind: 'restore', madeAt: backup.madeAt, records: backup.records }, actorId);
    });
    // Records sealed under another data key (another workstation's backup) open with the restored profiles' passphrases: sign in again.
    await vaultOf(this.db).keepIfItOpensRestored();
  }

  /** Records an automatic backup once the host has written it. */
  async recordAutomatic(records: Record<string, number>, actorId: string): Promise<void> {
    await this.audit.record({ kind: 'backup', automatic: true, records }, actorId);
  }

  /**
   * The tables a backup holds: every one but the counters, which are counted
   * from the cases, and sync's bookkeeping (sync/tables.ts), which the
   * restore's clear of every table empties.
   */
  private storedTables() {
    return this.db.tables.filter((t) => t.name !== COUNTERS_TABLE && !SYNC_BOOKKEEPING_TABLES.includes(t.name));
  }

  private async snapshot(): Promise<Map<string, unknown[]>> {
    const tables = this.storedTables();
    for (const table of tables) {
      // A programming error, not a user's: a new table needs its schema in table-schemas.ts.
      if (!TABLE_SCHEMAS[table.name]) throw new Error(`no backup schema for table ${table.name}`);
    }
    return this.db.transaction('r', tables, async () => {
      const rows = new Map<string, unknown[]>();
      for (const table of tables) rows.set(table.name, await table.toArray());
      return rows;
    });
  }

  private async decodePayload(payload: Uint8Array<ArrayBuffer>, compression: Compression): Promise<OpenedBackup> {
    let manifest: Manifest | null = null;
    const tables = new Map<string, unknown[]>();
    const tableNames = new Set(this.storedTables().map((t) => t.name));
    try {
      for await (const line of payloadLines(payload, compression)) {
        if (line === '') continue;
        const value: unknown = JSON.parse(line);
        if (manifest === null) {
          manifest = ManifestSchema.parse(value);
          if (manifest.schemaVersion > this.db.verno) throw new ExchangeError('backup.newerDatabase', { made: manifest.schemaVersion, current: this.db.verno });
          if (manifest.schemaVersion < SAME_RECORD_SHAPES_SINCE) throw new ExchangeError('backup.olderDatabase', { made: manifest.schemaVersion, current: this.db.verno });
          for (const name of Object.keys(manifest.tables)) {
            if (!tableNames.has(name)) throw new ExchangeError('backup.unknownTable', { table: name });
            tables.set(name, []);
          }
          continue;
        }
        if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') throw new ExchangeError('backup.damaged');
        const [name, record] = value as [string, unknown];
        const rows = tables.get(name);
        const schema = TABLE_SCHEMAS[name];
        if (!rows || !schema) throw new ExchangeError('backup.damaged');
        const parsed = withoutFutureLimit(() => schema.safeParse(record));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const params: InvalidRecordParams = { table: name, record: rows.length + 1, field: issue?.path.map(String).join('.') ?? '' };
          throw new ExchangeError('backup.invalidRecord', params);
        }
        rows.push(parsed.data);
      }
    } catch (error) {
      if (error instanceof ExchangeError) throw error;
      // Authenticated bytes that do not decompress or parse: a file made by something else.
      throw new ExchangeError('backup.damaged');
    }
    if (manifest === null) throw new ExchangeError('backup.damaged');
    for (const [name, count] of Object.entries(manifest.tables)) {
      if (tables.get(name)?.length !== count) throw new ExchangeError('backup.damaged');
    }
    if (manifest.schemaVersion < this.db.verno) {
      const cases = (tables.get('cases') ?? []) as Case[];
      tables.set('cases', withDerived(cases, (tables.get('contactLog') ?? []) as ContactEntry[], (tables.get('followUps') ?? []) as FollowUp[]));
    }
    return { madeAt: manifest.createdAt, records: manifest.tables, tables };
  }
}

/** Manifest and record lines, batched into ~1 MB pieces, through gzip when asked. */
async function encodePayload(manifest: Manifest, tables: ReadonlyMap<string, readonly unknown[]>, compression: Compression): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  function* pieces(): Generator<Uint8Array<ArrayBuffer>> {
    let batch = `${JSON.stringify(manifest)}\n`;
    for (const [name, rows] of tables) {
      for (const row of rows) {
        batch += `${JSON.stringify([name, row])}\n`;
        if (batch.length >= LINE_BATCH_BYTES) {
          yield encoder.encode(batch);
          batch = '';
        }
      }
    }
    if (batch !== '') yield encoder.encode(batch);
  }
  if (compression === 'none') return concat([...pieces()]);
  const source = pieces();
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      const next = source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  return new Uint8Array(await new Response(stream.pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

async function* payloadLines(payload: Uint8Array<ArrayBuffer>, compression: Compression): AsyncGenerator<string> {
  let stream: ReadableStream<Uint8Array<ArrayBuffer>> = new Blob([payload]).stream();
  if (compression === 'gzip') stream = stream.pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.pipeThrough(new TextDecoderStream('utf-8', { fatal: true })).getReader();
  let carry = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const text = carry + value;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      yield text.slice(start, end);
      start = end + 1;
    }
    carry = text.slice(start);
  }
  if (carry !== '') yield carry;
}
