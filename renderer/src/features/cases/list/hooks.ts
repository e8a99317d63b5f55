/**
 * Live queries of the case list. Each result carries the key of the query
 * that produced it: while a new filter is being read the previous rows stay
 * on screen, and the page can tell that they are not yet the answer.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../../data/context';
import type { CaseFilter } from '../../../../../shared/domain/case-list';
import type { ListState } from './list-url';

export const PAGE_SIZE = 50;

export function listKey(value: unknown, contactLostDays: number): string {
  return `${JSON.stringify(value)}|${contactLostDays}`;
}

export function useCasePage(state: ListState, contactLostDays: number) {
  const { caseList } = useRepositories();
  const key = listKey(state, contactLostDays);
  return useLiveQuery(async () => {
    const context = caseList.context(contactLostDays);
    // One row more than a page tells whether there is a next page without counting.
    const page = await caseList.page(
      { filter: state.filter, sort: state.sort, descending: state.descending, offset: state.page * PAGE_SIZE, limit: PAGE_SIZE + 1 },
      context,
    );
    return { key, rows: page.rows.slice(0, PAGE_SIZE), hasMore: page.rows.length > PAGE_SIZE, total: page.total, context };
  }, [caseList, key]);
}

/** The exact number of matching cases, read only when the page could not tell it cheaply. */
export function useCaseCount(filter: CaseFilter, contactLostDays: number, needed: boolean) {
  const { caseList } = useRepositories();
  const key = listKey(filter, contactLostDays);
  return useLiveQuery(async () => {
    if (!needed) return null;
    return { key, count: await caseList.count(filter, caseList.context(contactLostDays)) };
  }, [caseList, key, needed]);
}

/**
 * Nationalities present among the cases, for the Nationality filter: read
 * once the list's rows are shown (`needed`), not beside the page's own read.
 */
export function useNationalities(needed: boolean) {
  const { caseList } = useRepositories();
  return useLiveQuery(async () => (needed ? caseList.nationalities() : undefined), [caseList, needed]);
}
