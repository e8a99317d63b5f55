/**
 * The preview of an intake CSV file: every row with its problems (row
 * number, column, catalogue key and the cell quoted) and its duplicate
 * candidates — a case already here with the same reference, a case that may
 * be the same person, or an earlier row of the same file. Nothing is written.
 */
import { intakeRowToRecord, type IntakeCells, type IntakeHeader, type IntakeRecord } from '../../../../shared/domain/intake-csv';
import { duplicateReason, type DuplicateProbe, type DuplicateReason } from '../../../../shared/domain/duplicates';
import type { HomewardDb } from '../db';
import { CandidateIndex, findDuplicatesOfMany, probeKeys, type ProbeKeys } from '../repositories/duplicate-lookup';
import { parseIntakeCsv, type CsvProblem } from './csv-parse';

export type DuplicateMatch =
  /** A case with this row's reference is already in this workstation: the row is not imported again. */
  | { kind: 'reference'; caseId: string; reference: string }
  /** A stored case that may be the same person. */
  | { kind: 'existing'; caseId: string; reference: string; fullName: string; reason: DuplicateReason }
  /** An earlier row of the file that may be the same person. */
  | { kind: 'inFile'; rowNumber: number; reason: DuplicateReason };

export interface ImportPreviewRow {
  rowNumber: number;
  /** The case the row describes; absent when the row could not be read into one (its errors say why). */
  input?: IntakeRecord;
  /** The cells as read, kept only for a row without `input`, so the preview can still say whose row it is. */
  cells?: IntakeCells;
  errors: CsvProblem[];
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

function probeOf(record: IntakeRecord): DuplicateProbe {
  const { person } = record.newCase;
  return {
    fullName: person.fullName,
    otherNames: person.otherNames,
    nationality: person.nationality,
    dateOfBirth: person.dateOfBirth,
    passportNumber: person.passportNumber,
  };
}

/** Rows checked in one step of the preview: a step's rows are shown together, and the page answers between steps. */
export const PREVIEW_BATCH = 500;

/** What the file says before its rows are checked against each other and the stored cases. */
export type PreviewHead = Pick<ImportPreview, 'fileErrors' | 'unknownHeaders' | 'missingHeaders'> & { rowCount: number };

/** Reads the file into rows, each with the problems of its own cells; duplicates are not looked for yet. */
export function readIntakeFile(bytes: Uint8Array): { head: PreviewHead; rows: ImportPreviewRow[] } {
  const parsed = parseIntakeCsv(bytes);
  const rows: ImportPreviewRow[] = parsed.rows.map((row) => {
    if (row.problems.length > 0) return { rowNumber: row.rowNumber, cells: row.cells, errors: row.problems, duplicates: [] };
    const result = intakeRowToRecord(row.cells);
    if (result.ok) return { rowNumber: row.rowNumber, input: result.record, errors: [], duplicates: [] };
    return {
      rowNumber: row.rowNumber,
      cells: row.cells,
      errors: result.problems.map((p) => ({ rowNumber: row.rowNumber, column: p.column, messageKey: p.messageKey, params: p.params })),
      duplicates: [],
    };
  });
  const head = { fileErrors: parsed.fileProblems, unknownHeaders: parsed.unknownHeaders, missingHeaders: parsed.missingHeaders, rowCount: rows.length };
  return { head, rows };
}

/**
 * Checks rows against the stored cases and the file's earlier rows, a batch
 * at a time, in file order: what it has seen of the file is kept between
 * batches, so a row is compared with every earlier row whichever batch it
 * was in.
 */
export class PreviewMatcher {
  private readonly firstReferences = new Map<string, number>();
  private readonly earlierRows = new CandidateIndex<number>();
  private readonly earlierProbes: { rowNumber: number; probe: DuplicateProbe }[] = [];

  constructor(private readonly db: HomewardDb) {}

  async match(batch: readonly ImportPreviewRow[]): Promise<void> {
    const valid = batch.filter((r): r is ImportPreviewRow & { input: IntakeRecord } => r.input !== undefined);
    markRepeatedReferences(valid, this.firstReferences);
    await markPresentReferences(this.db, valid);
    await markDuplicatePeople(this.db, valid, this.earlierRows, this.earlierProbes);
  }
}

/** The preview of rows read and matched. */
export function summarisePreview(head: PreviewHead, rows: ImportPreviewRow[]): ImportPreview {
  const errorCount = rows.filter((r) => r.errors.length > 0).length;
  const alreadyPresentCount = rows.filter((r) => r.errors.length === 0 && r.duplicates.some((d) => d.kind === 'reference')).length;
  return {
    rows,
    fileErrors: head.fileErrors,
    unknownHeaders: head.unknownHeaders,
    missingHeaders: head.missingHeaders,
    validCount: rows.filter(isImportable).length,
    errorCount,
    alreadyPresentCount,
  };
}

/** A reference can belong to one case only: a later row repeating one is an error. */
function markRepeatedReferences(rows: (ImportPreviewRow & { input: IntakeRecord })[], first: Map<string, number>): void {
  for (const row of rows) {
    const reference = row.input.reference;
    if (reference === null) continue;
    const earlier = first.get(reference);
    if (earlier === undefined) first.set(reference, row.rowNumber);
    else row.errors.push({ rowNumber: row.rowNumber, column: 'reference', messageKey: 'csv.repeatedReference', params: { value: reference, row: earlier } });
  }
}

async function markPresentReferences(db: HomewardDb, rows: (ImportPreviewRow & { input: IntakeRecord })[]): Promise<void> {
  const references = rows.map((r) => r.input.reference).filter((r): r is string => r !== null);
  if (references.length === 0) return;
  const present = new Map((await db.cases.where('reference').anyOf(references).toArray()).map((c) => [c.reference, c]));
  for (const row of rows) {
    const existing = row.input.reference === null ? undefined : present.get(row.input.reference);
    if (existing) row.duplicates.push({ kind: 'reference', caseId: existing.id, reference: existing.reference });
  }
}

/**
 * Within the file, names are blocked by nationality too (a name match needs the same nationality), so that a file
 * where many rows share a name compares each row with few others.
 */
function inFileKeys(probe: DuplicateProbe): ProbeKeys {
  const keys = probeKeys(probe);
  const nationality = probe.nationality.trim().toUpperCase();
  return { ...keys, nameKeys: keys.nameKeys.map((key) => `${nationality}|${key}`) };
}

async function markDuplicatePeople(
  db: HomewardDb,
  rows: (ImportPreviewRow & { input: IntakeRecord })[],
  earlierRows: CandidateIndex<number>,
  earlier: { rowNumber: number; probe: DuplicateProbe }[],
): Promise<void> {
  const probes = rows.map((r) => probeOf(r.input));
  const stored = await findDuplicatesOfMany(db, probes);
  rows.forEach((row, i) => {
    const probe = probes[i]!;
    const alreadyHere = row.duplicates.find((d) => d.kind === 'reference')?.caseId;
    for (const { case: other, reason } of stored[i] ?? []) {
      // The case with the row's own reference is reported once, as that.
      if (other.id === alreadyHere) continue;
      row.duplicates.push({ kind: 'existing', caseId: other.id, reference: other.reference, fullName: other.person.fullName, reason });
    }
    const keys = inFileKeys(probe);
    for (const j of earlierRows.candidates(keys)) {
      const reason = duplicateReason(probe, earlier[j]!.probe);
      if (reason) row.duplicates.push({ kind: 'inFile', rowNumber: earlier[j]!.rowNumber, reason });
    }
    earlierRows.add(earlier.length, keys);
    earlier.push({ rowNumber: row.rowNumber, probe });
  });
}
