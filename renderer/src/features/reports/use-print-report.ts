/**
 * "Save as PDF" for a report on screen: records the report in the audit
 * trail first (who made which report, of how many cases), then asks the
 * host to print the current view: a save dialog in the desktop app, the
 * print dialog (with "Save as PDF") in a browser. The page's fonts are
 * loaded for its text first, so the PDF embeds them.
 */
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useBridge } from '../../bridge/host';
import { loadFontsFor } from '../../fonts';
import { useExchange } from '../exchange/context';
import { failureOf, type Failure } from '../exchange/failure';

export type PrintState = { phase: 'idle' | 'printing' } | { phase: 'saved'; fileName: string | undefined } | { phase: 'failed'; failure: Failure };

export interface ReportPrint {
  /** A code, never personal data: e.g. `caseload` or `case:ZA-MOW-2026-0017`. */
  report: string;
  cases: number;
  suggestedName: string;
}

export function usePrintReport() {
  const bridge = useBridge();
  const { audit } = useExchange();
  const { profile } = useSession();
  const [state, setState] = useState<PrintState>({ phase: 'idle' });

  const print = async ({ report, cases, suggestedName }: ReportPrint) => {
    setState({ phase: 'printing' });
    try {
      await audit.record({ kind: 'report', report, cases }, profile.id);
      await loadFontsFor(document.body.textContent ?? '');
      const result = await bridge.printToPdf({ suggestedName });
      setState(result.saved ? { phase: 'saved', fileName: result.fileName } : { phase: 'idle' });
    } catch (error) {
      setState({ phase: 'failed', failure: failureOf(error, 'Report') });
    }
  };

  return { state, print };
}
