/**
 * CSV intake import: preview a file (intake-preview.ts), then commit its
 * valid rows through the bulk case import (repositories/case-import.ts) in
 * one transaction — all of them or none — with progress, cancellable until
 * it commits.
 *
 * References: a row's reference is kept when no case here has it (an export
 * imported into an empty workstation gives back the same references; a list
 * from another post keeps its own), and the workstation's counter moves past
 * any reference of its own series. A row whose reference is already here is
 * not imported again. A row without one is given the next reference.
 */
import { intakeRecordToCase } from '../../../../shared/domain/intake-csv';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { CaseImportRepository, ImportProgress } from '../repositories/case-import';
import type { ExchangeAudit } from './audit';
import { ExchangeCancelledError, ExchangeError } from './errors';
import type { ImportableRow } from './preview-rows';
import { previewInPlace, previewInWorker, type ImportPreview, type PreviewOptions } from './preview-worker';

export interface IntakeCommitOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Row numbers of importable rows the user unticked (e.g. a duplicate candidate); none by default. */
  exclude?: ReadonlySet<number>;
  /** Who takes the imported cases: the importer by default; a supervisor may name any active officer. */
  assignTo?: string;
}

export interface IntakeCommitResult {
  /** The rows imported, with the reference each case has now. */
  imported: { rowNumber: number; reference: string }[];
}

export class IntakeImporter {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly caseImport: CaseImportRepository,
    private readonly audit: ExchangeAudit,
    private readonly authorizer: Authorizer,
  ) {}

  /**
   * Reads, checks and matches a file; in a worker where there are workers (the page keeps answering), otherwise in
   * place. The bytes are handed over: the caller must not use them again.
   */
  preview(bytes: Uint8Array, options: PreviewOptions = {}): Promise<ImportPreview> {
    return typeof Worker === 'function' ? previewInWorker(bytes, this.db, options) : previewInPlace(this.db, bytes, options);
  }

  /** Imports the preview's importable rows but those left out; the preview stays open (a failed or cancelled import can be tried again). */
  async commit(preview: ImportPreview, actorId: string, options: IntakeCommitOptions = {}): Promise<IntakeCommitResult> {
    await this.authorizer.require(actorId, 'case.create');
    const rows: ImportableRow[] = [];
    for await (const chunk of preview.importable(options.exclude ?? new Set())) {
      if (options.signal?.aborted) throw new ExchangeCancelledError();
      rows.push(...chunk);
    }
    if (rows.length === 0) throw new ExchangeError('csv.nothingToImport');
    const now = this.clock.now();
    const today = this.clock.today();
    const records = rows.map((row) => ({
      case: intakeRecordToCase(row.input, { id: this.clock.newId(), actorId, now, today }),
    }));
    let result;
    try {
      result = await this.caseImport.commit(records, actorId, { onProgress: options.onProgress, signal: options.signal, assignTo: options.assignTo ?? actorId });
    } catch (error) {
      if (options.signal?.aborted) throw new ExchangeCancelledError();
      throw error;
    }
    await this.audit.record({ kind: 'csvImport', cases: result.count, rows: preview.rowCount }, actorId);
    return { imported: rows.map((row, i) => ({ rowNumber: row.rowNumber, reference: result.references[i]! })) };
  }
}
