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

/**
 * UTF-16 text ("Unicode text" in a spreadsheet's save dialog), told by its
 * byte-order mark or, without one, by the NUL byte that every ASCII character
 * (the header row) has on the same side of each pair of bytes.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const pairs = Math.floor(Math.min(bytes.length, 1024) / 2);
  let nulFirst = 0;
  let nulSecond = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) nulFirst++;
    if (bytes[2 * i + 1] === 0) nulSecond++;
  }
  return pairs > 0 && Math.max(nulFirst, nulSecond) >= pairs / 2 && Math.min(nulFirst, nulSecond) * 10 < Math.max(nulFirst, nulSecond);
}

/** The characters line ends depend on: the rest is copied without looking at it. */
const QUOTE_OR_LINE_END = /["\r\n]/g;
/** A quotation mark that ends a quoted cell: the next character, after any spaces, ends the cell or the line (as papaparse reads it). */
const CLOSING_QUOTE = /" *(?:,|\r|\n|$)/y;

/**
 * Every line end outside a quoted cell (CRLF, LF or a lone CR) as LF, so that
 * a file mixing them still reads row by row; a line break inside a quoted
 * cell stays as written. A quotation mark opens a quoted cell only at the
 * start of a cell.
 */
function unifyLineEnds(text: string): string {
  if (!text.includes('\r')) return text;
  const parts: string[] = [];
  let copied = 0;
  let quoted = false;
  QUOTE_OR_LINE_END.lastIndex = 0;
  for (let found = QUOTE_OR_LINE_END.exec(text); found !== null; found = QUOTE_OR_LINE_END.exec(text)) {
    const i = found.index;
    if (quoted) {
      if (found[0] !== '"') continue;
      CLOSING_QUOTE.lastIndex = i;
      if (CLOSING_QUOTE.test(text)) quoted = false;
      else if (text[i + 1] === '"') QUOTE_OR_LINE_END.lastIndex = i + 2;
    } else if (found[0] === '"') {
      quoted = i === 0 || ',\r\n'.includes(text[i - 1]!);
    } else {
      parts.push(text.slice(copied, i));
      copied = found[0] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      QUOTE_OR_LINE_END.lastIndex = copied;
    }
  }
  parts.push(text.slice(copied));
  return parts.join('\n');
}

/** The one cell of a header row written with another separator, when that separator splits it into column names. */
function separatedBy(header: readonly string[], separator: string): boolean {
  return header.length === 1 && header[0]!.split(separator).some((h) => isIntakeHeader(h.trim()));
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

const QUOTE_MESSAGES: Readonly<Record<string, string>> = {
  MissingQuotes: 'csv.unbalancedQuotes',
  InvalidQuotes: 'csv.badQuotes',
};

export function parseIntakeCsv(bytes: Uint8Array): ParsedCsv {
  if (isUtf16(bytes)) return refused(fileProblem('csv.utf16'));
  const text = decode(bytes);
  if (text === null) return refused(fileProblem('csv.notUtf8'));
  if (text.trim() === '') return refused(fileProblem('csv.empty'));

  const result = Papa.parse<string[]>(unifyLineEnds(text), { header: false, delimiter: ',', newline: '\n', skipEmptyLines: false });
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
    const messageKey = separatedBy(header, ';') ? 'csv.semicolonSeparated' : separatedBy(header, '\t') ? 'csv.tabSeparated' : 'csv.noHeaderRow';
    return refused(fileProblem(messageKey));
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
