/** The address of the caseload report of a list filter: the list's own query string under /reports/caseload. */
import type { CaseFilter } from '../../../../shared/domain/case-list';
import { caseListHref } from '../cases/list/list-url';

export function caseloadReportHref(filter: CaseFilter): string {
  const query = caseListHref(filter).replace(/^\/\??/, '');
  return query ? `/reports/caseload?${query}` : '/reports/caseload';
}
