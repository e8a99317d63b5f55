/** Records that the signed-in profile opened a case: once per opening of its page, not per re-render or live update. */
import { useEffect, useRef } from 'react';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';

export function useRecordCaseOpening(caseId: string, found: boolean): void {
  const { accessLog } = useRepositories();
  const { profile } = useSession();
  // The case page is keyed by case, so this ref lives exactly as long as one opening.
  const recorded = useRef(false);
  useEffect(() => {
    if (!found || recorded.current) return;
    recorded.current = true;
    accessLog.record('case.open', profile.id, caseId).catch((error: unknown) => {
      console.error('Recording a case opening failed:', error instanceof Error ? error.name : typeof error);
    });
  }, [accessLog, caseId, found, profile.id]);
}
