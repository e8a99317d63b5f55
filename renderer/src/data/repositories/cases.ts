/** The case aggregate: creation with a fresh reference, versioned updates, list pages. */
import { buildNewCase, NewCaseInputSchema, type NewCaseInput } from '../../../../shared/domain/new-case';
import { nameTokensOf } from '../../../../shared/domain/name-tokens';
import { CaseSchema, type Case } from '../../../../shared/schemas/case';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { NotFoundError, StaleWriteError } from '../errors';
import type { HistoryWriter } from '../history-writer';
import type { SettingsRepository } from './settings';
import { validate } from '../validate';

export type CaseSortField = 'updatedAt' | 'reference' | 'person.fullName' | 'person.nationality' | 'status' | 'priority';

export interface CaseListQuery {
  sort: CaseSortField;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface CaseListPage {
  rows: Case[];
  total: number;
}

/** Fields an edit may not touch directly: identity, bookkeeping and derived values. */
type Protected = 'id' | 'reference' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'version' | 'deletedAt' | 'nameTokens';
export type CaseChanges = Partial<Omit<Case, Protected>>;

export class CaseRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly history: HistoryWriter,
    private readonly settings: SettingsRepository,
  ) {}

  async create(input: NewCaseInput, actorId: string): Promise<Case> {
    const valid = validate(NewCaseInputSchema, input);
    return this.db.transaction('rw', [this.db.cases, this.db.settings, this.db.history], async () => {
      const now = this.clock.now();
      const today = this.clock.today();
      const reference = await this.settings.issueReference(Number(today.slice(0, 4)));
      const record = validate(CaseSchema, buildNewCase(valid, { id: this.clock.newId(), reference, actorId, now, today }));
      await this.db.cases.add(record);
      await this.history.created({ entity: 'case', entityId: record.id, caseId: record.id }, actorId, { reference });
      return record;
    });
  }

  async get(id: string): Promise<Case | undefined> {
    const found = await this.db.cases.get(id);
    return found && found.deletedAt === null ? found : undefined;
  }

  /**
   * Applies changes made to the version the caller read. A write based on an
   * older version is refused and changes nothing: another window saved first.
   */
  async update(id: string, expectedVersion: number, changes: CaseChanges, actorId: string): Promise<Case> {
    return this.db.transaction('rw', [this.db.cases, this.db.history], async () => {
      const current = await this.get(id);
      if (!current) throw new NotFoundError('case');
      if (current.version !== expectedVersion) throw new StaleWriteError('case', expectedVersion, current.version);
      const merged = { ...current, ...changes };
      const next = validate(CaseSchema, {
        ...merged,
        nameTokens: nameTokensOf([merged.person.fullName, ...merged.person.otherNames]),
        updatedAt: this.clock.now(),
        updatedBy: actorId,
        version: current.version + 1,
      });
      const changed = await this.history.updated({ entity: 'case', entityId: id, caseId: id }, actorId, current, next);
      if (changed === 0) return current;
      await this.db.cases.put(next);
      return next;
    });
  }

  /** One page of live (not deleted) cases in index order; never loads every case. */
  async listPage(query: CaseListQuery): Promise<CaseListPage> {
    const live = (c: Case) => c.deletedAt === null;
    let collection = this.db.cases.orderBy(query.sort);
    if (query.descending) collection = collection.reverse();
    const [rows, total] = await Promise.all([
      collection.filter(live).offset(query.offset).limit(query.limit).toArray(),
      this.db.cases.filter(live).count(),
    ]);
    return { rows, total };
  }
}
