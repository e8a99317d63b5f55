/**
 * Exports a case selection to CSV and hands the file to the host to save:
 * progress while the cases are read, cancellable until the file is made.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useBridge } from '../../bridge/host';
import { CSV_MIME_TYPE, type CaseSelection, type ExportProgress } from '../../data/exchange/csv-export';
import { ExchangeCancelledError } from '../../data/exchange/errors';
import { useExchange } from './context';
import { failureOf, type Failure } from './failure';
import { workstationFileName } from './file-names';

export type CsvExportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress }
  | { phase: 'saved'; count: number; fileName: string | undefined }
  | { phase: 'notSaved' }
  | { phase: 'cancelled' }
  | { phase: 'failed'; failure: Failure };

export function useCsvExport() {
  const { t } = useTranslation();
  const { csvExport } = useExchange();
  const bridge = useBridge();
  const { profile, workstation } = useSession();
  const [state, setState] = useState<CsvExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops an export in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (selection: CaseSelection) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'running', progress: { done: 0, total: null } });
      try {
        const file = await csvExport.export(selection, profile.id, {
          signal: abort.signal,
          onProgress: (progress) => setState({ phase: 'running', progress }),
        });
        const result = await bridge.saveFile({
          suggestedName: workstationFileName(workstation, 'cases', 'csv'),
          mimeType: CSV_MIME_TYPE,
          data: file.bytes,
          filters: [{ name: t('exchangeUi.csvFilter'), extensions: ['csv'] }],
        });
        setState(result.saved ? { phase: 'saved', count: file.count, fileName: result.fileName } : { phase: 'notSaved' });
      } catch (error) {
        setState(error instanceof ExchangeCancelledError ? { phase: 'cancelled' } : { phase: 'failed', failure: failureOf(error, 'CSV export') });
      } finally {
        controller.current = null;
      }
    },
    [bridge, csvExport, profile.id, t, workstation],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
