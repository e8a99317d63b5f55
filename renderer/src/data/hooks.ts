/** Live queries for components: they re-render when the data they show changes, in this window or another. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from './context';

export function useStaffList() {
  const { staff } = useRepositories();
  return useLiveQuery(() => staff.list(), [staff]);
}

export function useWorkstationSettings() {
  const { settings } = useRepositories();
  return useLiveQuery(async () => ({ value: await settings.workstation() }), [settings]);
}
