/**
 * CSV export of a case list in the DESIGN.md §4 format: UTF-8 with a
 * byte-order mark (spreadsheet programs then read non-Latin names
 * correctly), CRLF line ends, formula cells neutralised (see
 * shared/domain/intake-csv.ts). Cases are read a chunk at a time in the
 * order they are stored (one getAll by primary key each, the cheapest read
 * IndexedDB has), tested and written to CSV lines, so 100k cases never sit
 * in memory as objects at once; the lines are then put in reference order
 * (cases picked by id: in the order given) and encoded.
 */
import Papa from 'papaparse';
import { hasFilter, type CaseFilter } from '../../../../shared/domain/case-list';
import { caseToIntakeRow, FORMULA_TRIGGER, INTAKE_HEADERS } from '../../../../shared/domain/intake-csv';
import type { Case } from '../../../../shared/schemas/case';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { SCAN_CHUNK } from '../indexes';
import type { CaseListRepository } from '../repositories/case-list';
import type { ExchangeAudit } from './audit';
import { throwIfCancelled } from './errors';
import { openedAll } from '../vault/sealed-record';

/** The cases of a list filter (as the case list shows them), or the cases picked by id. */
export type CaseSelection = { filter: CaseFilter; contactLostDays: number } | { ids: readonly string[] };

export interface ExportProgress {
  done: number;
  /** Null when knowing it would mean reading every case twice. */
  total: number | null;
}

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

export interface CsvFile {
  bytes: Uint8Array<ArrayBuffer>;
  /** Number of cases (data rows) in the file. */
  count: number;
  suggestedName: string;
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/** One chunk of rows as CSV text; the header only when asked. */
export function casesToCsv(cases: readonly Case[], withHeader: boolean): string {
  return Papa.unparse(
    { fields: [...INTAKE_HEADERS], data: cases.map(caseToIntakeRow) },
    { header: withHeader, newline: NEWLINE, escapeFormulae: FORMULA_TRIGGER },
  );
}

export class CaseCsvExporter {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly caseList: CaseListRepository,
    private readonly audit: ExchangeAudit,
    private readonly authorizer: Authorizer,
  ) {}

  /** The selection as one CSV file; the export is recorded (who, when, how many, which filter). */
  async export(selection: CaseSelection, actorId: string, options: ExportOptions = {}): Promise<CsvFile> {
    await this.authorizer.require(actorId, 'data.export');
    const encoder = new TextEncoder();
    const parts: Uint8Array[] = [encoder.encode(BOM + casesToCsv([], true))];
    const lines: [reference: string, line: string][] = [];
    // The whole list's total is a caseload counter's (live cases); counting the table would walk it, tombstones included.
    const total =
      'ids' in selection ? selection.ids.length : hasFilter(selection.filter) ? null : await this.caseList.count(selection.filter, this.caseList.context(selection.contactLostDays));
    for await (const chunk of this.chunks(selection, options.signal)) {
      const rows = csvLines(casesToCsv(chunk, false));
      // A programming error, not a user's: one line a case is what the reordering relies on.
      if (rows.length !== chunk.length) throw new Error(`CSV export: ${rows.length} lines for ${chunk.length} cases`);
      chunk.forEach((c, i) => lines.push([c.reference, rows[i]!]));
      options.onProgress?.({ done: lines.length, total });
    }
    throwIfCancelled(options.signal);
    if (!('ids' in selection)) lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // Encoded a chunk of lines at a time, each line ended with CRLF (the header's included), so no empty row follows it.
    for (let start = 0; start < lines.length; start += SCAN_CHUNK) {
      parts.push(encoder.encode(lines.slice(start, start + SCAN_CHUNK).map(([, line]) => line + NEWLINE).join('')));
    }
    const count = lines.length;
    await this.audit.record({ kind: 'csvExport', cases: count, selection: 'ids' in selection ? { ids: count } : { filter: selection.filter } }, actorId);
    return { bytes: concat(parts), count, suggestedName: `homeward-cases-${this.clock.today()}.csv` };
  }

  /** Live cases of the selection, a chunk at a time: the order they are stored in for a filter, the given order for ids. */
  async *chunks(selection: CaseSelection, signal?: AbortSignal): AsyncGenerator<Case[]> {
    if ('ids' in selection) {
      for (let start = 0; start < selection.ids.length; start += SCAN_CHUNK) {
        throwIfCancelled(signal);
        const found = await this.db.cases.bulkGet(selection.ids.slice(start, start + SCAN_CHUNK));
        const live = found.filter((c): c is Case => c !== undefined && c.deletedAt === null);
        if (live.length > 0) yield await openedAll(this.db, 'cases', live);
      }
      return;
    }
    yield* this.caseList.scanStored(selection.filter, this.caseList.context(selection.contactLostDays), signal);
    throwIfCancelled(signal);
  }
}

/**
 * The lines of CSV text that Papa wrote with CRLF line ends: split at each
 * CRLF outside quotes (a quoted field may hold line breaks; a quote inside
 * one is doubled, so counting quotes tells inside from outside).
 */
export function csvLines(text: string): string[] {
  if (text === '') return [];
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 34) quoted = !quoted;
    else if (code === 13 && !quoted && text.charCodeAt(i + 1) === 10) {
      lines.push(text.slice(start, i));
      start = i + 2;
      i += 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
