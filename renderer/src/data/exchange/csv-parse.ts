/**
 * Reads the bytes of an intake CSV file into rows of cells by header, with
 * every problem of the file and of each row. Nothing here touches the
 * database. Row numbers count as a person counts rows in a spreadsheet: the
 * header is row 1, the first data row is row 2, and a cell holding a line
 * break does not start a new row.
 */
import Papa from 'papaparse';
import { isIntakeHeader, REQUIRED_HEADERS, unneutraliseCell, type IntakeCells, type IntakeHeader } from '../../../../shared/domain/intake-csv';
import type { MessageParams } from './errors';

export interface CsvProblem {
  /** Null for a problem of the whole file. */
  rowNumber: number | null;
  /** The column as the file names it; null for the whole row or file. */
  column: string | null;
  messageKey: string;
  params: MessageParams;
}

export interface CsvRow {
  rowNumber: number;
  cells: IntakeCells;
  /** Problems of the row's shape (quotes, number of cells); the cells' values are checked later. */
  problems: CsvProblem[];
}

export interface ParsedCsv {
  /** Problems that stop the whole file: no row is read when there is one. */
  fileProblems: CsvProblem[];
  unknownHeaders: string[];
  missingHeaders: IntakeHeader[];
  rows: CsvRow[];
}

const fileProblem = (messageKey: string, params: MessageParams = {}): CsvProblem => ({ rowNumber: null, column: null, messageKey, params });

function refused(problem: CsvProblem, partial: Partial<ParsedCsv> = {}): ParsedCsv {
  return { fileProblems: [problem], unknownHeaders: [], missingHeaders: [], rows: [], ...partial };
}

/** UTF-8 only (with or without a byte-order mark, which is dropped): anything else is refused, never guessed. */
function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

const QUOTE_MESSAGES: Readonly<Record<string, string>> = {
  MissingQuotes: 'csv.unbalancedQuotes',
  InvalidQuotes: 'csv.badQuotes',
};

export function parseIntakeCsv(bytes: Uint8Array): ParsedCsv {
  const text = decode(bytes);
  if (text === null) return refused(fileProblem('csv.notUtf8'));
  if (text.trim() === '') return refused(fileProblem('csv.empty'));

  const result = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: false });
  const records = result.data;
  const written = (records[0] ?? []).map((h) => h.trim());
  // Header names match whatever their case; unknown ones are reported as written.
  const header = written.map((h) => h.toLowerCase());

  const rowErrors = new Map<number, CsvProblem[]>();
  for (const error of result.errors) {
    if (error.row === undefined) continue;
    const list = rowErrors.get(error.row) ?? [];
    const messageKey = QUOTE_MESSAGES[error.code] ?? 'csv.badRow';
    if (!list.some((p) => p.messageKey === messageKey)) list.push({ rowNumber: error.row + 1, column: null, messageKey, params: {} });
    rowErrors.set(error.row, list);
  }

  const known = header.filter(isIntakeHeader);
  if (known.length === 0) {
    // A first row that names no column is data, or a file of another kind: its cells are not repeated back.
    const semicolons = header.length === 1 && header[0]!.includes(';') && header[0]!.split(';').some((h) => isIntakeHeader(h.trim()));
    return refused(fileProblem(semicolons ? 'csv.semicolonSeparated' : 'csv.noHeaderRow'));
  }
  const problems: CsvProblem[] = [...(rowErrors.get(0) ?? [])];
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name)) problems.push({ rowNumber: 1, column: name, messageKey: 'csv.duplicateHeader', params: { column: name } });
    seen.add(name);
  }
  const unknownHeaders = written.filter((h, i) => h !== '' && !isIntakeHeader(header[i]!));
  const missingHeaders = REQUIRED_HEADERS.filter((h) => !seen.has(h));
  for (const column of missingHeaders) problems.push(fileProblem('csv.missingHeader', { column }));
  if (problems.length > 0) return { fileProblems: problems, unknownHeaders, missingHeaders, rows: [] };

  const rows: CsvRow[] = [];
  for (let index = 1; index < records.length; index++) {
    const record = records[index]!;
    const rowNumber = index + 1;
    const shapeProblems = (rowErrors.get(index) ?? []).map((p) => ({ ...p, rowNumber }));
    if (shapeProblems.length === 0 && isBlank(record)) continue;
    if (record.length !== header.length) {
      shapeProblems.push({
        rowNumber,
        column: null,
        messageKey: record.length > header.length ? 'csv.tooManyCells' : 'csv.tooFewCells',
        params: { expected: header.length, found: record.length },
      });
    }
    const cells: IntakeCells = {};
    header.forEach((name, i) => {
      if (isIntakeHeader(name)) cells[name] = unneutraliseCell(record[i] ?? '');
    });
    rows.push({ rowNumber, cells, problems: shapeProblems });
  }
  if (rows.length === 0) return { fileProblems: [fileProblem('csv.noDataRows')], unknownHeaders, missingHeaders, rows };
  return { fileProblems: [], unknownHeaders, missingHeaders, rows };
}
