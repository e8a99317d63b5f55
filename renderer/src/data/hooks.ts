/** Live queries for components: they re-render when the data they show changes, in this window or another. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from './context';
import type { CaseListQuery } from './repositories/cases';

export function useCaseListPage(query: CaseListQuery) {
  const { cases } = useRepositories();
  return useLiveQuery(() => cases.listPage(query), [cases, query.sort, query.descending, query.offset, query.limit]);
}

export function useStaffList() {
  const { staff } = useRepositories();
  return useLiveQuery(() => staff.list(), [staff]);
}

export function useWorkstationSettings() {
  const { settings } = useRepositories();
  return useLiveQuery(async () => ({ value: await settings.workstation() }), [settings]);
}
