/** Live queries of a case's records: they re-render when an entry changes, in this window or another. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Staff } from '../../../../../shared/schemas/staff';
import { useRepositories } from '../../../data/context';
import { useStaffList } from '../../../data/hooks';

export function useContactLog(caseId: string) {
  const { contactLog } = useRepositories();
  return useLiveQuery(() => contactLog.forCase(caseId), [contactLog, caseId]);
}

export function useCaseFollowUps(caseId: string) {
  const { followUps } = useRepositories();
  return useLiveQuery(() => followUps.forCase(caseId), [followUps, caseId]);
}

export function useGroupNames() {
  const { groups } = useRepositories();
  return useLiveQuery(async () => new Map((await groups.list()).map((g) => [g.id, g.name])), [groups]);
}

/** References of the given cases, for showing links such as "possible duplicate of". */
export function useCaseReferences(ids: readonly string[]) {
  const { cases } = useRepositories();
  const key = [...new Set(ids)].sort().join(',');
  return useLiveQuery(async () => new Map((await cases.getMany(key ? key.split(',') : [])).map((c) => [c.id, c.reference])), [cases, key]);
}

/** Every profile by id, inactive ones included: history and old follow-ups still name them. */
export function useStaffById(): Map<string, Staff> | undefined {
  const staff = useStaffList();
  return useMemo(() => (staff ? new Map(staff.map((s) => [s.id, s])) : undefined), [staff]);
}
