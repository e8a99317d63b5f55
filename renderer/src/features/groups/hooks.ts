/** Live queries over groups: every list and page of this feature updates when a group or its cases change. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../data/context';

export function useGroups() {
  const { groups } = useRepositories();
  return useLiveQuery(() => groups.list(), [groups]);
}

/** Each group with its progress; a group holds a handful to a few hundred cases, so reading them is cheap. */
export function useGroupsWithProgress() {
  const { groups } = useRepositories();
  return useLiveQuery(async () => {
    const list = await groups.list();
    return Promise.all(list.map(async (group) => ({ group, progress: await groups.progress(group.id) })));
  }, [groups]);
}

/** The group, or null once it is known not to exist. */
export function useGroup(groupId: string) {
  const { groups } = useRepositories();
  return useLiveQuery(async () => (await groups.get(groupId)) ?? null, [groups, groupId]);
}

/** The group's cases with its progress, and the moment they were read (for the derived contact status). */
export function useGroupMembers(groupId: string, contactLostDays: number) {
  const { groups, caseList } = useRepositories();
  return useLiveQuery(async () => {
    const [members, progress] = await Promise.all([groups.casesOf(groupId), groups.progress(groupId)]);
    return { members, progress, context: caseList.context(contactLostDays) };
  }, [groups, caseList, groupId, contactLostDays]);
}
