/**
 * The preview of an intake CSV file: every row with its problems (row
 * number, column, catalogue key and the cell quoted) and its duplicate
 * candidates — a case already here with the same reference, a case that may
 * be the same person, or another row of the same file. Nothing is written.
 *
 * Duplicate candidates are looked for on every row, a refused one too, from
 * the person its cells name: a row refused for a bad date may be the same
 * person as a row that imports, and both rows say so. Rows are checked a
 * batch at a time (preview-worker.ts runs the batches off the page); the
 * steps are functions of what they are given, so they run in a worker or in
 * place alike. Only the stored cases a row may match are looked up where the
 * data key is: on a protected workstation, the page (`findStored`).
 */
import { intakeRowProbe, intakeRowToRecord, type IntakeCells, type IntakeHeader, type IntakeProblem, type IntakeRecord } from '../../../../shared/domain/intake-csv';
import { duplicateReason, type DuplicateProbe, type DuplicateReason } from '../../../../shared/domain/duplicates';
import type { Case } from '../../../../shared/schemas/case';
import type { HomewardDb } from '../db';
import { NAME_CANDIDATES_PER_PROBE } from '../indexes';
import { CandidateIndex, findDuplicatesOfMany, probeKeys, type ProbeKeys } from '../repositories/duplicate-lookup';
import { parseIntakeCsv, type CsvProblem, type ParsedCsv } from './csv-parse';

export type DuplicateMatch =
  /** A case with this row's reference is already in this workstation: the row is not imported again. */
  | { kind: 'reference'; caseId: string; reference: string }
  /** A stored case that may be the same person. */
  | { kind: 'existing'; caseId: string; reference: string; fullName: string; reason: DuplicateReason }
  /** Another row of the file that may be the same person (each of the two rows names the other). */
  | { kind: 'inFile'; rowNumber: number; reason: DuplicateReason };

export interface ImportPreviewRow {
  rowNumber: number;
  /** The case the row describes; absent when the row could not be read into one (its errors say why). */
  input?: IntakeRecord;
  /** The cells as read, kept only for a row without `input`, so the preview can still say whose row it is. */
  cells?: IntakeCells;
  errors: CsvProblem[];
  /** What was read other than as written (a value outside an open list, kept as Other); imported all the same. */
  warnings: CsvProblem[];
  duplicates: DuplicateMatch[];
}

/** A stored case that may be the same person as a row: what the preview shows of it. */
export interface StoredMatch {
  caseId: string;
  reference: string;
  fullName: string;
  reason: DuplicateReason;
}

/** For each probe, the stored cases that may be the same person. */
export type FindStored = (probes: readonly DuplicateProbe[]) => Promise<StoredMatch[][]>;

/** The stored lookup of this database, opening sealed cases with the key in this thread's memory. */
export function storedLookup(db: HomewardDb): FindStored {
  return async (probes) =>
    (await findDuplicatesOfMany(db, probes)).map((found) => found.map(({ case: c, reason }) => ({ caseId: c.id, reference: c.reference, fullName: c.person.fullName, reason })));
}

/** A match for a row already sent on (a row of an earlier batch, the other row of a pair found later). */
export interface LaterMatch {
  rowNumber: number;
  match: DuplicateMatch;
}

type ReadRow = ImportPreviewRow & { input: IntakeRecord };

/** True when committing would import the row. */
export function isImportable(row: ImportPreviewRow): row is ReadRow {
  return row.input !== undefined && row.errors.length === 0 && !row.duplicates.some((d) => d.kind === 'reference');
}

/** Rows checked in one step of the preview: a step's rows are shown together, and the page answers between steps. */
export const PREVIEW_BATCH = 500;

/** What the file says before its rows are checked against each other and the stored cases. */
export interface PreviewHead {
  /** Problems of the whole file (not UTF-8, empty, no header row, a required column missing…): no row is read. */
  fileErrors: CsvProblem[];
  /** Columns the format does not have, as the file names them; their cells are not imported. */
  unknownHeaders: string[];
  missingHeaders: IntakeHeader[];
  rowCount: number;
}

/** Each row read: its case or its problems, its warnings, and the person its cells name. */
export function readPreviewRows(parsed: Pick<ParsedCsv, 'rows'>): { rows: ImportPreviewRow[]; probes: DuplicateProbe[] } {
  const probes = parsed.rows.map((row) => intakeRowProbe(row.cells));
  const rows = parsed.rows.map((row): ImportPreviewRow => {
    if (row.problems.length > 0) return { rowNumber: row.rowNumber, cells: row.cells, errors: row.problems, warnings: [], duplicates: [] };
    const result = intakeRowToRecord(row.cells);
    const located = (problems: IntakeProblem[]) => problems.map((p) => ({ rowNumber: row.rowNumber, column: p.column, messageKey: p.messageKey, params: p.params }));
    const warnings = located(result.warnings);
    if (result.ok) return { rowNumber: row.rowNumber, input: result.record, errors: [], warnings, duplicates: [] };
    return { rowNumber: row.rowNumber, cells: row.cells, errors: located(result.problems), warnings, duplicates: [] };
  });
  return { rows, probes };
}

/** Reads the file into rows, each with the problems of its own cells, and the person each names; no matching yet. */
export function readIntakeFile(bytes: Uint8Array): { head: PreviewHead; rows: ImportPreviewRow[]; probes: DuplicateProbe[] } {
  const parsed = parseIntakeCsv(bytes);
  const { rows, probes } = readPreviewRows(parsed);
  const head = { fileErrors: parsed.fileProblems, unknownHeaders: parsed.unknownHeaders, missingHeaders: parsed.missingHeaders, rowCount: rows.length };
  return { head, rows, probes };
}

/**
 * Checks rows against the stored cases and the file's other rows, a batch
 * at a time, in file order: what it has seen of the file is kept between
 * batches, so a row is compared with every earlier row whichever batch it
 * was in.
 */
export class PreviewMatcher {
  private readonly firstReferences = new Map<string, number>();
  private readonly file = new FileRows();

  /** `findStored` looks up the stored cases a row may match: by default in `db`, here. */
  constructor(
    private readonly db: HomewardDb,
    private readonly findStored: FindStored = storedLookup(db),
  ) {}

  /** Marks the batch's rows; returns the matches found for rows of earlier batches. */
  async match(batch: readonly ImportPreviewRow[], probes: readonly DuplicateProbe[]): Promise<LaterMatch[]> {
    const valid = batch.filter((r): r is ReadRow => r.input !== undefined);
    markRepeatedReferences(valid, this.firstReferences);
    const references = valid.map((r) => r.input.reference).filter((r): r is string => r !== null);
    markPresentReferences(valid, references.length === 0 ? [] : await this.db.cases.where('reference').anyOf(references).toArray());
    return markDuplicatePeople(batch, probes, await this.findStored(probes), this.file);
  }
}

/** A reference can belong to one case only: a later row repeating one is an error. */
export function markRepeatedReferences(rows: readonly ReadRow[], first: Map<string, number> = new Map()): void {
  for (const row of rows) {
    const reference = row.input.reference;
    if (reference === null) continue;
    const earlier = first.get(reference);
    if (earlier === undefined) first.set(reference, row.rowNumber);
    else row.errors.push({ rowNumber: row.rowNumber, column: 'reference', messageKey: 'csv.repeatedReference', params: { value: reference, row: earlier } });
  }
}

/** Marks the rows whose reference a stored case (`present`, the cases with the rows' references) already has. */
export function markPresentReferences(rows: readonly ReadRow[], present: readonly Pick<Case, 'id' | 'reference'>[]): void {
  const byReference = new Map(present.map((c) => [c.reference, c]));
  for (const row of rows) {
    const existing = row.input.reference === null ? undefined : byReference.get(row.input.reference);
    if (existing) row.duplicates.push({ kind: 'reference', caseId: existing.id, reference: existing.reference });
  }
}

/**
 * The file's rows seen so far, blocked by passport and by name keys within a
 * nationality (a name match needs the same nationality), so that a file
 * where many rows share a name compares each row with few others.
 */
export class FileRows {
  private readonly index = new CandidateIndex<number>();
  private readonly seen: { row: ImportPreviewRow; probe: DuplicateProbe; marks: number }[] = [];

  /**
   * The earlier rows that may be the same person as `probe`, with why; then
   * `row` joins them. A row named by as many later rows as a lookup would
   * list is not named again: past that, more names help nobody decide.
   */
  add(row: ImportPreviewRow, probe: DuplicateProbe): { row: ImportPreviewRow; reason: DuplicateReason; named: boolean }[] {
    const keys = blockedKeys(probe);
    const found = this.index.candidates(keys).flatMap((i) => {
      const earlier = this.seen[i]!;
      const reason = duplicateReason(probe, earlier.probe);
      if (!reason) return [];
      const named = earlier.marks < NAME_CANDIDATES_PER_PROBE;
      if (named) earlier.marks += 1;
      return [{ row: earlier.row, reason, named }];
    });
    this.index.add(this.seen.length, keys);
    this.seen.push({ row, probe, marks: found.length });
    return found;
  }
}

function blockedKeys(probe: DuplicateProbe): ProbeKeys {
  const keys = probeKeys(probe);
  const nationality = probe.nationality.trim().toUpperCase();
  return { ...keys, nameKeys: keys.nameKeys.map((key) => `${nationality}|${key}`) };
}

/**
 * Marks every row with the stored cases (`stored[i]`, found for `probes[i]`)
 * and the file's other rows that may be the same person: a pair is marked on
 * both rows. Returns the matches for rows outside `rows` (earlier batches).
 */
export function markDuplicatePeople(
  rows: readonly ImportPreviewRow[],
  probes: readonly DuplicateProbe[],
  stored: readonly (readonly StoredMatch[])[],
  file: FileRows = new FileRows(),
): LaterMatch[] {
  const inBatch = new Set(rows);
  const later: LaterMatch[] = [];
  rows.forEach((row, i) => {
    const probe = probes[i]!;
    const alreadyHere = row.duplicates.find((d) => d.kind === 'reference')?.caseId;
    for (const { caseId, reference, fullName, reason } of stored[i] ?? []) {
      // The case with the row's own reference is reported once, as that.
      if (caseId === alreadyHere) continue;
      row.duplicates.push({ kind: 'existing', caseId, reference, fullName, reason });
    }
    for (const { row: earlier, reason, named } of file.add(row, probe)) {
      row.duplicates.push({ kind: 'inFile', rowNumber: earlier.rowNumber, reason });
      if (!named) continue;
      const match: DuplicateMatch = { kind: 'inFile', rowNumber: row.rowNumber, reason };
      if (inBatch.has(earlier)) earlier.duplicates.push(match);
      else later.push({ rowNumber: earlier.rowNumber, match });
    }
  });
  return later;
}
