/**
 * Conflicts to review: records whose same field two workstations changed.
 * The merge kept this workstation's value in the record and the other's in
 * the conflict; a person chooses, field by field, one of the two or a value
 * of their own. The choice is an ordinary edit (a new version, pushed like
 * any other, so every workstation converges on it), and the value that lost
 * stays in History: as the edit's old value when it was this workstation's,
 * as a "conflict resolved" record naming it when it was the other's.
 */
import type { HistoryEntity, JsonValue } from '../../../../shared/schemas/history';
import type { SyncedTable } from '../../../../shared/sync/documents';
import type { Authorizer } from '../authorization';
import type { HomewardDb } from '../db';
import { RecordNotFoundError, StaleWriteError } from '../errors';
import type { Recorder, VersionedTable } from '../recorder/recorder';
import { isSealedTable, openRecord } from '../vault/sealed-record';
import { SCHEMAS } from './pull';
import { openConflict } from './sealed-copies';
import type { SyncConflict } from './tables';

export type FieldChoice = { keep: 'local' } | { keep: 'remote' } | { value: JsonValue };

const ENTITY: Partial<Record<SyncedTable, HistoryEntity>> = { cases: 'case', contactLog: 'contact', followUps: 'followUp', groups: 'group', staff: 'staff', closureRequests: 'case' };

function withPath(record: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const inner = (record[head!] ?? {}) as Record<string, unknown>;
  return { ...record, [head!]: rest.length === 0 ? value : withPath(inner, rest.join('.'), value) };
}

export class ConflictRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly recorder: Recorder,
    private readonly authorizer: Authorizer,
  ) {}

  /** Every conflict waiting for a person, oldest first. */
  async list(): Promise<SyncConflict[]> {
    return this.opened(await this.db.syncConflicts.orderBy('at').toArray());
  }

  async forCase(caseId: string): Promise<SyncConflict[]> {
    return this.opened(await this.db.syncConflicts.filter((c) => c.caseId === caseId).toArray());
  }

  private opened(stored: readonly SyncConflict[]): Promise<SyncConflict[]> {
    return Promise.all(stored.map((c) => openConflict(this.recorder.vault, c)));
  }

  /** Resolves one conflict with a choice for each of its fields; refused when the record changed since it was shown. */
  async resolve(docId: string, expectedVersion: number, choices: Readonly<Record<string, FieldChoice>>, actorId: string): Promise<void> {
    const stored = await this.db.syncConflicts.get(docId);
    if (!stored) throw new RecordNotFoundError('conflict');
    const conflict = await openConflict(this.recorder.vault, stored);
    const table = conflict.table as VersionedTable;
    const found = await this.db.table(table).get(conflict.key);
    if (!found) throw new RecordNotFoundError(table);
    const current = (isSealedTable(table) ? await openRecord(this.recorder.vault, table, found) : found) as Record<string, unknown> & { id: string; version: number };
    if (conflict.caseId) await this.authorizer.requireOnCase(actorId, conflict.caseId);
    else await this.authorizer.require(actorId, 'staff.manage');
    if (current.version !== expectedVersion) throw new StaleWriteError(table, expectedVersion, current.version);

    let changed: Record<string, unknown> = current;
    const keptLocal: { field: string; lost: JsonValue }[] = [];
    for (const field of conflict.fields) {
      const choice = choices[field.field];
      if (!choice) throw new RecordNotFoundError(`choice for ${field.field}`);
      if ('keep' in choice && choice.keep === 'local') keptLocal.push({ field: field.field, lost: field.remote });
      else changed = withPath(changed, field.field, 'value' in choice ? choice.value : field.remote);
    }
    const entity = ENTITY[conflict.table] ?? 'case';
    const subject = { entity, entityId: conflict.key, caseId: conflict.caseId };
    const lostRows = keptLocal.map((k) => this.recorder.rows.event(subject, actorId, k.field, k.lost, null, 'sync.conflictResolved'));
    const edit = this.recorder.edit(table, SCHEMAS[table] as never, current as never, changed as never, actorId, { subject });
    // Keeping this workstation's values changes no field, but the choice and the other value are still recorded, in a
    // new version that every workstation receives.
    const [first, ...more] = lostRows;
    let change = edit;
    if (edit) edit.history.push(...lostRows);
    else if (first) {
      change = this.recorder.edit(table, SCHEMAS[table] as never, current as never, current as never, actorId, { event: first });
      change?.history.push(...more);
    }
    // The conflict goes in the edit's own transaction (sealed before it opens, §8): both or neither.
    await this.recorder.commit([change], {
      reads: [table],
      sync: { tables: ['syncConflicts'], after: () => this.db.syncConflicts.delete(docId) },
      check: async () => {
        if (!(await this.db.syncConflicts.get(docId))) throw new RecordNotFoundError('conflict');
      },
    });
  }
}
