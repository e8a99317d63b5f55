/**
 * Generated cases as intake CSV (DESIGN.md §4), written as the app's CSV
 * export writes them: the shared row mapping, codes rather than labels,
 * formula-like cells neutralised, CRLF line ends and a byte-order mark, so
 * that the app's CSV import reads them back unchanged.
 */
import Papa from 'papaparse';
import { caseToIntakeRow, FORMULA_TRIGGER, INTAKE_HEADERS, type IntakeHeader } from '../../shared/domain/intake-csv';
import type { Case } from '../../shared/schemas/case';

export type IntakeCsvRow = Record<IntakeHeader, string>;

export function intakeCsvRow(record: Case): IntakeCsvRow {
  const cells = caseToIntakeRow(record);
  return Object.fromEntries(INTAKE_HEADERS.map((header, i) => [header, cells[i] ?? ''])) as IntakeCsvRow;
}

/** A whole intake file: byte-order mark, header and rows. */
export function intakeCsv(rows: readonly IntakeCsvRow[]): string {
  const text = Papa.unparse(
    { fields: [...INTAKE_HEADERS], data: rows.map((row) => INTAKE_HEADERS.map((h) => row[h])) },
    { header: true, newline: '\r\n', escapeFormulae: FORMULA_TRIGGER },
  );
  return `\uFEFF${text}\r\n`;
}
