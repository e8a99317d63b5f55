/** Live queries over profiles: the list updates when a profile changes, in this window or another. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../data/context';

export function useProfiles() {
  const { staff } = useRepositories();
  return useLiveQuery(() => staff.list(), [staff]);
}

/** The profile, or null once it is known not to exist. */
export function useProfile(id: string) {
  const { staff } = useRepositories();
  return useLiveQuery(async () => (await staff.get(id)) ?? null, [staff, id]);
}
