/** Live query of the signed-in officer's open follow-ups and the cases they belong to. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../../shared/schemas/case';
import type { FollowUp } from '../../../../shared/schemas/follow-up';
import { useRepositories } from '../../data/context';

export interface MyFollowUps {
  followUps: FollowUp[];
  casesById: Map<string, Case>;
}

export function useMyFollowUps(profileId: string): MyFollowUps | undefined {
  const { followUps, cases } = useRepositories();
  return useLiveQuery(async () => {
    const open = await followUps.openFor(profileId);
    const related = await cases.getMany([...new Set(open.map((f) => f.caseId))]);
    return { followUps: open, casesById: new Map(related.map((c) => [c.id, c])) };
  }, [followUps, cases, profileId]);
}
