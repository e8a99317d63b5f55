/**
 * The preview of an intake CSV file: every row with its problems (row
 * number, column, catalogue key and the cell quoted) and its duplicate
 * candidates — a case already here with the same reference, a case that may
 * be the same person, or another row of the same file. Nothing is written.
 *
 * Duplicate candidates are looked for on every row, a refused one too, from
 * the person its cells name: a row refused for a bad date may be the same
 * person as a row that imports, and both rows say so. The steps are pure
 * functions of what they are given (the file, and what the database said),
 * so they can run wherever the preview is made.
 */
import { intakeRowProbe, intakeRowToRecord, type IntakeCells, type IntakeHeader, type IntakeProblem, type IntakeRecord } from '../../../../shared/domain/intake-csv';
import { duplicateReason, type DuplicateProbe, type DuplicateReason } from '../../../../shared/domain/duplicates';
import type { HomewardDb } from '../db';
import { CandidateIndex, findDuplicatesOfMany, probeKeys } from '../repositories/duplicate-lookup';
import type { Case } from '../../../../shared/schemas/case';
import type { DuplicateCandidate } from '../repositories/cases';
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

export interface ImportPreview {
  rows: ImportPreviewRow[];
  /** Problems of the whole file (not UTF-8, empty, no header row, a required column missing…): no row is read. */
  fileErrors: CsvProblem[];
  /** Columns the format does not have, as the file names them; their cells are not imported. */
  unknownHeaders: string[];
  missingHeaders: IntakeHeader[];
  /** Rows a commit would import. */
  validCount: number;
  /** Rows with at least one error. */
  errorCount: number;
  /** Valid rows whose reference is already in this workstation. */
  alreadyPresentCount: number;
}

/** True when committing would import the row. */
export function isImportable(row: ImportPreviewRow): row is ImportPreviewRow & { input: IntakeRecord } {
  return row.input !== undefined && row.errors.length === 0 && !row.duplicates.some((d) => d.kind === 'reference');
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

export async function previewIntakeCsv(db: HomewardDb, bytes: Uint8Array): Promise<ImportPreview> {
  const parsed = parseIntakeCsv(bytes);
  const { rows, probes } = readPreviewRows(parsed);

  const valid = rows.filter((r): r is ImportPreviewRow & { input: IntakeRecord } => r.input !== undefined);
  markRepeatedReferences(valid);
  const references = valid.map((r) => r.input.reference).filter((r): r is string => r !== null);
  const present = references.length === 0 ? [] : await db.cases.where('reference').anyOf(references).toArray();
  markPresentReferences(valid, present);
  markDuplicatePeople(rows, probes, await findDuplicatesOfMany(db, probes));

  const errorCount = rows.filter((r) => r.errors.length > 0).length;
  const alreadyPresentCount = rows.filter((r) => r.errors.length === 0 && r.duplicates.some((d) => d.kind === 'reference')).length;
  return {
    rows,
    fileErrors: parsed.fileProblems,
    unknownHeaders: parsed.unknownHeaders,
    missingHeaders: parsed.missingHeaders,
    validCount: rows.filter(isImportable).length,
    errorCount,
    alreadyPresentCount,
  };
}

/** A reference can belong to one case only: a later row repeating one is an error. */
export function markRepeatedReferences(rows: (ImportPreviewRow & { input: IntakeRecord })[]): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const reference = row.input.reference;
    if (reference === null) continue;
    const earlier = first.get(reference);
    if (earlier === undefined) first.set(reference, row.rowNumber);
    else row.errors.push({ rowNumber: row.rowNumber, column: 'reference', messageKey: 'csv.repeatedReference', params: { value: reference, row: earlier } });
  }
}

/** Marks the rows whose reference a stored case (`present`, the cases with the rows' references) already has. */
export function markPresentReferences(rows: (ImportPreviewRow & { input: IntakeRecord })[], present: readonly Pick<Case, 'id' | 'reference'>[]): void {
  const byReference = new Map(present.map((c) => [c.reference, c]));
  for (const row of rows) {
    const existing = row.input.reference === null ? undefined : byReference.get(row.input.reference);
    if (existing) row.duplicates.push({ kind: 'reference', caseId: existing.id, reference: existing.reference });
  }
}

/**
 * Marks every row with the stored cases (`stored[i]`, found for `probes[i]`)
 * and the other rows that may be the same person. Rows are matched through a
 * CandidateIndex (blocked by passport and name keys), never each with each;
 * a pair found is marked on both rows.
 */
export function markDuplicatePeople(rows: ImportPreviewRow[], probes: readonly DuplicateProbe[], stored: readonly (readonly DuplicateCandidate[])[]): void {
  const earlierRows = new CandidateIndex<number>();
  rows.forEach((row, i) => {
    const probe = probes[i]!;
    const alreadyHere = row.duplicates.find((d) => d.kind === 'reference')?.caseId;
    for (const { case: other, reason } of stored[i] ?? []) {
      // The case with the row's own reference is reported once, as that.
      if (other.id === alreadyHere) continue;
      row.duplicates.push({ kind: 'existing', caseId: other.id, reference: other.reference, fullName: other.person.fullName, reason });
    }
    const keys = probeKeys(probe);
    for (const j of earlierRows.candidates(keys)) {
      const reason = duplicateReason(probe, probes[j]!);
      if (!reason) continue;
      const earlier = rows[j]!;
      row.duplicates.push({ kind: 'inFile', rowNumber: earlier.rowNumber, reason });
      earlier.duplicates.push({ kind: 'inFile', rowNumber: row.rowNumber, reason });
    }
    earlierRows.add(i, keys);
  });
}
