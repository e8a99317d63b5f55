/**
 * The rows of an import preview where they were checked (the preview's
 * worker, or in place without workers): the page never holds them all. A
 * 50,000-row file read into the page's heap made its garbage collections
 * pause it for hundreds of milliseconds (DESIGN.md §7: the page answers
 * input within 100 ms); the page now asks for the counts, one page of rows
 * at a time, and, to import, the importable rows in chunks.
 */
import type { IntakeRecord } from '../../../../shared/domain/intake-csv';
import { isImportable, type ImportPreviewRow, type LaterMatch, type PreviewHead } from './intake-preview';

/** The rows the preview's table can show: those that need a look (the default), with errors, possible duplicates, importable, or all. */
export type PreviewShow = 'attention' | 'errors' | 'duplicates' | 'importable' | 'all';
export const PREVIEW_SHOWS: readonly PreviewShow[] = ['attention', 'errors', 'duplicates', 'importable', 'all'];

const hasErrors = (row: ImportPreviewRow) => row.errors.length > 0;
export const isAlreadyHere = (row: ImportPreviewRow) => row.duplicates.some((d) => d.kind === 'reference');
/** A row that imports unless left out, and may be a person already here or in the file: the user decides. */
export const mayBeDuplicate = (row: ImportPreviewRow) => !hasErrors(row) && row.duplicates.some((d) => d.kind !== 'reference');

const SHOWN: Record<PreviewShow, (row: ImportPreviewRow) => boolean> = {
  attention: (row) => hasErrors(row) || row.warnings.length > 0 || row.duplicates.length > 0,
  errors: hasErrors,
  duplicates: mayBeDuplicate,
  importable: isImportable,
  all: () => true,
};

/** Rows of each kind; `importable` is what a commit would import, `alreadyPresent` the valid rows whose reference is already here. */
export type PreviewCounts = Record<PreviewShow | 'alreadyPresent', number>;

/** What the preview knows so far: the file's head, how many rows are checked, and how many of each kind. */
export interface PreviewSummary extends PreviewHead {
  checked: number;
  counts: PreviewCounts;
}

export interface PreviewPageQuery {
  show: PreviewShow;
  offset: number;
  limit: number;
}

export interface PreviewPage {
  rows: ImportPreviewRow[];
  /** Rows of this kind in all. */
  total: number;
}

/** What a commit needs of a row. */
export interface ImportableRow {
  rowNumber: number;
  input: IntakeRecord;
}

const noCounts = (): PreviewCounts => ({ attention: 0, errors: 0, duplicates: 0, importable: 0, all: 0, alreadyPresent: 0 });

/**
 * The rows checked so far, in file order, with their counts kept as they
 * come: a match found later for an earlier row (the other row of a pair)
 * moves that row's counts too.
 */
export class PreviewRowStore {
  private readonly rows: ImportPreviewRow[] = [];
  private readonly byNumber = new Map<number, ImportPreviewRow>();
  private readonly counts = noCounts();

  constructor(private readonly head: PreviewHead) {}

  add(batch: readonly ImportPreviewRow[], later: readonly LaterMatch[]): void {
    for (const row of batch) {
      this.rows.push(row);
      this.byNumber.set(row.rowNumber, row);
      this.tally(row, 1);
    }
    for (const { rowNumber, match } of later) {
      const row = this.byNumber.get(rowNumber);
      if (!row) continue;
      this.tally(row, -1);
      row.duplicates.push(match);
      this.tally(row, 1);
    }
  }

  summary(): PreviewSummary {
    return { ...this.head, checked: this.rows.length, counts: { ...this.counts } };
  }

  page({ show, offset, limit }: PreviewPageQuery): PreviewPage {
    const rows = show === 'all' ? this.rows : this.rows.filter(SHOWN[show]);
    return { rows: rows.slice(offset, offset + limit), total: rows.length };
  }

  /** Importable rows but those left out, from the `from`-th on, at most `limit`; `next` is where the next call starts, null at the end. */
  importable(exclude: ReadonlySet<number>, from: number, limit: number): { rows: ImportableRow[]; next: number | null } {
    const rows: ImportableRow[] = [];
    let i = from;
    for (; i < this.rows.length && rows.length < limit; i += 1) {
      const row = this.rows[i]!;
      if (isImportable(row) && !exclude.has(row.rowNumber)) rows.push({ rowNumber: row.rowNumber, input: row.input });
    }
    return { rows, next: i < this.rows.length ? i : null };
  }

  private tally(row: ImportPreviewRow, by: 1 | -1): void {
    for (const show of PREVIEW_SHOWS) if (SHOWN[show](row)) this.counts[show] += by;
    if (!hasErrors(row) && isAlreadyHere(row)) this.counts.alreadyPresent += by;
  }
}
