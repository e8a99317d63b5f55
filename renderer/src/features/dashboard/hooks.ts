/** Live queries of the dashboard: its figures follow every change, in this window or another. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../data/context';

/** The caseload figures with this workstation's "Contact lost" days; `profileIds` are the profiles counted per officer. */
export function useDashboardFigures(contactLostDays: number, profileIds: readonly string[] | undefined) {
  const { dashboard, caseList } = useRepositories();
  const key = profileIds?.join(',');
  return useLiveQuery(
    async () => (profileIds ? dashboard.figures(caseList.context(contactLostDays), profileIds) : undefined),
    // The ids' content is the dependency, not the array's identity.
    [dashboard, caseList, contactLostDays, key],
  );
}
