/** Live queries of closure requests: a case's own, a page of the list's, and those waiting for a supervisor. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../../shared/schemas/case';
import type { ClosureRequest } from '../../../../shared/schemas/closure-request';
import { useRepositories } from '../../data/context';

/** The case's most recent request (pending, approved or returned), `{ value: undefined }` when none, undefined while loading. */
export function useLatestClosureRequest(caseId: string): { value: ClosureRequest | undefined } | undefined {
  const { closure } = useRepositories();
  return useLiveQuery(async () => ({ value: await closure.latestFor(caseId) }), [closure, caseId]);
}

/** Ids of the given cases that have a closure request waiting. */
export function usePendingClosureIds(caseIds: readonly string[]): ReadonlySet<string> {
  const { closure } = useRepositories();
  const key = caseIds.join(',');
  const found = useLiveQuery(
    async () => new Set((await closure.pendingForCases(caseIds)).keys()),
    // The ids' content is the dependency, not the array's identity.
    [closure, key],
  );
  return found ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

export interface WaitingClosure {
  request: ClosureRequest;
  caseRecord: Case;
}

/** Requests waiting for a supervisor, oldest first, each with its case. */
export function useWaitingClosures(limit: number): WaitingClosure[] | undefined {
  const { closure, cases } = useRepositories();
  return useLiveQuery(async () => {
    const requests = await closure.pending(limit);
    const found = new Map((await cases.getMany(requests.map((r) => r.caseId))).map((c) => [c.id, c]));
    return requests.flatMap((request) => {
      const caseRecord = found.get(request.caseId);
      return caseRecord ? [{ request, caseRecord }] : [];
    });
  }, [closure, cases, limit]);
}
