/** The caseload report's figures, counted in the data layer (repositories.caseload) when the report opens. */
import { useEffect, useState } from 'react';
import type { CaseFilter } from '../../../../shared/domain/case-list';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import type { CaseloadSummary } from '../../data/repositories/caseload';

export type { CaseloadSummary } from '../../data/repositories/caseload';

/** The summary of a filter, read once when the report opens (a report is a snapshot); undefined while counting. */
export function useCaseloadSummary(filter: CaseFilter): { summary?: CaseloadSummary; failed: boolean } {
  const { caseload } = useRepositories();
  const { workstation } = useSession();
  const key = JSON.stringify(filter);
  const [result, setResult] = useState<{ key: string; summary?: CaseloadSummary; failed: boolean } | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    caseload.summary(JSON.parse(key) as CaseFilter, workstation.contactLostDays, abort.signal).then(
      (summary) => {
        if (!abort.signal.aborted) setResult({ key, summary, failed: false });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        console.error('Caseload report failed:', error instanceof Error ? error.name : typeof error);
        setResult({ key, failed: true });
      },
    );
    return () => abort.abort();
  }, [caseload, key, workstation.contactLostDays]);

  return result?.key === key ? { summary: result.summary, failed: result.failed } : { failed: false };
}
