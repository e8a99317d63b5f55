/**
 * Bulk writing of cases: the CSV intake import and the benchmark. Every
 * record is validated with the shared schemas before anything is written;
 * then all of them, their contact logs and follow-ups, one "create" history
 * record each and the reference counters are written in one transaction,
 * so an import lands whole or not at all, and can be cancelled until it does.
 */
import { z } from 'zod';
import { caseActivity, deriveCaseFields } from '../../../../shared/domain/case-derived';
import { formatReference, parseReference, sequenceKey } from '../../../../shared/domain/reference';
import { CaseSchema, type Case } from '../../../../shared/schemas/case';
import { ContactEntrySchema, type ContactEntry } from '../../../../shared/schemas/contact';
import { FollowUpSchema, type FollowUp } from '../../../../shared/schemas/follow-up';
import type { JsonValue } from '../../../../shared/schemas/history';
import type { WorkstationSettings } from '../../../../shared/schemas/settings';
import type { Clock } from '../clock';
import type { SettingRecord } from '../db';
import type { Authorizer } from '../authorization';
import type { HomewardDb } from '../db';
import { NotSetUpError, RecordNotFoundError, ValidationError, type FieldProblem } from '../errors';
import { throwIfAborted, type BulkWriter, type Recorder } from '../recorder/recorder';
import { withSearchHashes } from '../vault/sealed-record';
import type { SettingsRepository } from './settings';

/** A case as an import brings it: complete but for its derived values (always recomputed) and, possibly, its reference. */
export const ImportCaseSchema = CaseSchema.omit({ derived: true }).extend({
  /** Empty or missing: the workstation issues the next reference of the year. */
  reference: CaseSchema.shape.reference.or(z.literal('')).optional(),
});

export interface ImportRecord {
  /** Derived values given with the case are ignored: they are computed from the case, its contacts and follow-ups. */
  case: z.input<typeof ImportCaseSchema> & { derived?: unknown };
  contacts?: readonly z.input<typeof ContactEntrySchema>[];
  followUps?: readonly z.input<typeof FollowUpSchema>[];
}

export interface ImportProgress {
  phase: 'validating' | 'writing';
  /** Records validated or written so far. */
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting before the transaction commits writes nothing; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Records validated, or written, between two progress reports (and chances to cancel). */
  chunkSize?: number;
  /**
   * The officer who takes every imported case (an intake import asks): the
   * importer, or, for a supervisor, any active officer. Without it each
   * record keeps the assignee it brings (a seeded data set, the benchmark).
   */
  assignTo?: string;
}

export interface ImportResult {
  count: number;
  /** The reference of each record, in the order given (issued ones included). */
  references: string[];
}

export const DEFAULT_CHUNK = 2000;
/** A file with thousands of bad rows is reported by its first problems: enough to see what is wrong with it. */
const MAX_PROBLEMS = 100;

interface Prepared {
  case: Omit<Case, 'reference'> & { reference: string | undefined };
  contacts: ContactEntry[];
  followUps: FollowUp[];
}

interface SealedChunk {
  cases: Case[];
  contacts: ContactEntry[];
  followUps: FollowUp[];
}

export class CaseImportRepository {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly settings: SettingsRepository,
    private readonly authorizer: Authorizer,
  ) {}

  async commit(records: readonly ImportRecord[], actorId: string, options: ImportOptions = {}): Promise<ImportResult> {
    const { signal, onProgress, chunkSize = DEFAULT_CHUNK, assignTo } = options;
    if (assignTo !== undefined) await this.checkAssignee(actorId, assignTo);
    const given = assignTo === undefined ? records : records.map((r) => ({ ...r, case: { ...r.case, assigneeId: assignTo } }));
    // Sealed before the transaction opens (DESIGN.md §8: WebCrypto is not an IndexedDB request), each chunk as soon
    // as it is validated: WebCrypto works off the page's thread while the next chunk is validated on it.
    const sealing = new Map<number, Promise<SealedChunk>>();
    const prepared = await this.prepare(given, options, (chunk, start) => {
      const sealed = this.seal(chunk);
      // Awaited below; until then (a later chunk's problem ends the import first) a failure must not go unhandled.
      sealed.catch(() => undefined);
      sealing.set(start, sealed);
    });
    // The created record names who took the case when the import chose it, so History says so.
    const summary = (c: Case): JsonValue => (assignTo === undefined ? { reference: c.reference } : { reference: c.reference, assigneeId: c.assigneeId });
    const created = { actorId, subject: (c: Case) => ({ entity: 'case' as const, entityId: c.id, caseId: c.id }), summary };
    const assigneeActive = async () => {
      if (assignTo !== undefined && !(await this.db.staff.get(assignTo))?.active) throw new RecordNotFoundError('staff');
    };
    const sealedChunks = new Map<number, SealedChunk>();
    for (const [start, sealed] of sealing) sealedChunks.set(start, await sealed);
    throwIfAborted(signal);
    return this.recorder.bulk(
      ['cases', 'contactLog', 'followUps', 'settings', 'staff'],
      async (writer) => {
        await assigneeActive();
        const references = await this.assignReferences(prepared, writer);
        const { vault } = this.recorder;
        let writing: Promise<unknown> = Promise.resolve();
        for (let start = 0; start < prepared.length; start += chunkSize) {
          const chunk = prepared.slice(start, start + chunkSize);
          const sealed = sealedChunks.get(start)!;
          // The hashed search entries (synchronous, so made here in the transaction) while the chunk before is written;
          // the reference is a code, in the clear: issued here, onto the sealed record.
          const cases = sealed.cases.map((c, i) => ({ ...withSearchHashes(vault, c, chunk[i]!.case), reference: references[start + i]! }));
          await writing;
          if (start > 0) onProgress?.({ phase: 'writing', done: start, total: prepared.length });
          throwIfAborted(signal);
          writing = Promise.all([writer.add('cases', cases, created), writer.add('contactLog', sealed.contacts), writer.add('followUps', sealed.followUps)]);
        }
        await writing;
        if (prepared.length > 0) onProgress?.({ phase: 'writing', done: prepared.length, total: prepared.length });
        return { count: prepared.length, references };
      },
      { signal },
    );
  }

  /** A chunk's records as stored: sealed on a protected workstation, the cases without their hashed search entries yet. */
  private async seal(chunk: readonly Prepared[]): Promise<SealedChunk> {
    const [cases, contacts, followUps] = await Promise.all([
      this.recorder.sealAll('cases', chunk.map((p) => ({ ...p.case, reference: p.case.reference ?? '' })), { searchEntries: false }),
      this.recorder.sealAll('contactLog', chunk.flatMap((p) => p.contacts)),
      this.recorder.sealAll('followUps', chunk.flatMap((p) => p.followUps)),
    ]);
    return { cases, contacts, followUps };
  }

  /** An officer takes imported cases themselves; giving them to someone else is a reassignment, a supervisor's. */
  private async checkAssignee(actorId: string, assignTo: string): Promise<void> {
    await this.authorizer.require(actorId, assignTo === actorId ? 'case.create' : 'case.reassign');
    if (!(await this.db.staff.get(assignTo))?.active) throw new RecordNotFoundError('staff');
  }

  /**
   * Validates every record and computes its derived values, yielding to the
   * event loop between chunks so progress can be shown and a cancel heard;
   * each chunk is given to `validated` while no record so far has a problem.
   */
  private async prepare(
    records: readonly ImportRecord[],
    { signal, onProgress, chunkSize = DEFAULT_CHUNK }: ImportOptions,
    validated: (chunk: Prepared[], start: number) => void,
  ): Promise<Prepared[]> {
    const problems: FieldProblem[] = [];
    const report = (path: string, messageKey: string) => {
      if (problems.length < MAX_PROBLEMS) problems.push({ path, messageKey });
    };
    const ids = new Set<string>();
    const references = new Set<string>();
    const prepared: Prepared[] = [];
    for (let start = 0; start < records.length; start += chunkSize) {
      throwIfAborted(signal);
      const end = Math.min(records.length, start + chunkSize);
      for (let index = start; index < end; index += 1) {
        const record = records[index]!;
        const core = parseInto(ImportCaseSchema, record.case, `${index}.case`, report);
        const contacts = (record.contacts ?? []).map((c, j) => parseInto(ContactEntrySchema, c, `${index}.contacts.${j}`, report));
        const followUps = (record.followUps ?? []).map((f, j) => parseInto(FollowUpSchema, f, `${index}.followUps.${j}`, report));
        if (!core) continue;
        if (ids.has(core.id)) report(`${index}.case.id`, 'validation.invalid');
        ids.add(core.id);
        if (core.reference) {
          if (references.has(core.reference)) report(`${index}.case.reference`, 'validation.invalid');
          references.add(core.reference);
        }
        contacts.forEach((c, j) => {
          if (c && c.caseId !== core.id) report(`${index}.contacts.${j}.caseId`, 'validation.invalid');
        });
        followUps.forEach((f, j) => {
          if (f && f.caseId !== core.id) report(`${index}.followUps.${j}.caseId`, 'validation.invalid');
        });
        if (problems.length > 0) continue;
        const liveContacts = contacts as ContactEntry[];
        const liveFollowUps = followUps as FollowUp[];
        const derived = deriveCaseFields({ ...core, reference: core.reference ?? '' }, caseActivity(core, liveContacts, liveFollowUps));
        prepared.push({ case: { ...core, reference: core.reference || undefined, derived }, contacts: liveContacts, followUps: liveFollowUps });
      }
      if (problems.length === 0) validated(prepared.slice(start, end), start);
      onProgress?.({ phase: 'validating', done: end, total: records.length });
      if (end < records.length) await yieldToEventLoop();
    }
    if (problems.length > 0) throw new ValidationError(problems);
    return prepared;
  }

  /**
   * The reference of every record: its own, or the next of this year's
   * sequence. The counters are read once and written once; a counter also
   * moves past any reference of this workstation's own series that the
   * import brings, so that the next case opened here does not clash with it.
   */
  private async assignReferences(prepared: readonly Prepared[], writer: BulkWriter): Promise<string[]> {
    const missing = prepared.filter((p) => p.case.reference === undefined).length;
    const workstation = await this.settings.workstation();
    if (missing > 0 && !workstation) throw new NotSetUpError();
    if (!workstation) return prepared.map((p) => p.case.reference!);

    const year = Number(this.clock.today().slice(0, 4));
    const highest = new Map<number, number>(missing > 0 ? [[year, 0]] : []);
    for (const p of prepared) {
      const parts = p.case.reference === undefined ? null : parseReference(p.case.reference);
      if (parts && isOwnSeries(parts, workstation)) highest.set(parts.year, Math.max(highest.get(parts.year) ?? 0, parts.sequence));
    }
    const years = [...highest.keys()];
    const stored = await writer.settings(years.map(sequenceKey));
    const counters = new Map(years.map((y, i) => [y, counterValue(stored[i])]));
    let next = counters.get(year) ?? 0;
    const references = prepared.map((p) => {
      if (p.case.reference !== undefined) return p.case.reference;
      next += 1;
      return formatReference({ country: workstation.issuingCountry, postCode: workstation.postCode, year, sequence: next, station: workstation.stationCode ?? undefined });
    });
    if (missing > 0) highest.set(year, next);
    const changed: SettingRecord[] = years
      .filter((y) => (highest.get(y) ?? 0) > (counters.get(y) ?? 0))
      .map((y) => ({ key: sequenceKey(y), value: highest.get(y) }));
    if (changed.length > 0) await writer.putSettings(changed);
    return references;
  }
}

/** Parses one part of a record; on failure reports each problem under the record's path and yields null. */
function parseInto<S extends z.ZodType>(schema: S, input: unknown, path: string, report: (path: string, messageKey: string) => void): z.output<S> | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) report([path, ...issue.path].join('.'), issue.message);
  return null;
}

function isOwnSeries(parts: { country: string; postCode: string; station?: string }, workstation: WorkstationSettings): boolean {
  return parts.country === workstation.issuingCountry && parts.postCode === workstation.postCode && (parts.station ?? null) === workstation.stationCode;
}

function counterValue(record: SettingRecord | undefined): number {
  return typeof record?.value === 'number' ? record.value : 0;
}

/** Lets rendering and input run between chunks of synchronous work. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
