/** The case list: one page of cases at a time, sortable by each column. */
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import type { CaseSortField } from '../../data/repositories/case-list';
import { useFormatters } from '../../i18n/format';

const PAGE_SIZE = 50;

const COLUMNS: { field: CaseSortField; label: string }[] = [
  { field: 'reference', label: 'caseList.columns.reference' },
  { field: 'name', label: 'caseList.columns.fullName' },
  { field: 'nationality', label: 'caseList.columns.nationality' },
  { field: 'status', label: 'caseList.columns.status' },
  { field: 'priority', label: 'caseList.columns.priority' },
  { field: 'updatedAt', label: 'caseList.columns.updatedAt' },
];

export function CaseListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [sort, setSort] = useState<{ field: CaseSortField; descending: boolean }>({ field: 'updatedAt', descending: true });
  const [offset, setOffset] = useState(0);
  const savedReference = (useLocation().state as { savedReference?: string } | null)?.savedReference;
  const { caseList } = useRepositories();
  const { workstation } = useSession();
  const page = useLiveQuery(
    () => caseList.page({ filter: {}, sort: sort.field, descending: sort.descending, offset, limit: PAGE_SIZE }, caseList.context(workstation.contactLostDays)),
    [caseList, sort.field, sort.descending, offset, workstation.contactLostDays],
  );

  const sortBy = (field: CaseSortField) => {
    setSort((current) => ({ field, descending: current.field === field ? !current.descending : false }));
    setOffset(0);
  };
  const sortLabel = t(COLUMNS.find((c) => c.field === sort.field)?.label ?? '');

  return (
    <section aria-labelledby="case-list-title">
      <div className="page-header">
        <h1 id="case-list-title">{t('caseList.title')}</h1>
        <Link className="button button--primary" to="/cases/new">
          {t('nav.newCase')}
        </Link>
      </div>
      {savedReference ? (
        <p role="status" className="notice notice--success">
          {t('newCase.saved', { reference: savedReference })}
        </p>
      ) : null}
      {page === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : page.total === 0 ? (
        <div className="empty-state">
          <p>{t('caseList.empty')}</p>
          <p>{t('caseList.emptyHint')}</p>
        </div>
      ) : (
        <>
          <p role="status" className="list-count">
            {t('caseList.count', { count: page.total ?? 0 })}
          </p>
          <div className="table-scroll">
            <table className="case-table">
              <caption className="visually-hidden">
                {t('caseList.tableCaption', { column: sortLabel, direction: t(sort.descending ? 'caseList.descending' : 'caseList.ascending') })}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th
                      key={column.field}
                      scope="col"
                      aria-sort={sort.field === column.field ? (sort.descending ? 'descending' : 'ascending') : undefined}
                    >
                      <button type="button" className="sort-button" onClick={() => sortBy(column.field)}>
                        {t(column.label)}
                        <span aria-hidden="true" className="sort-indicator">
                          {sort.field === column.field ? (sort.descending ? '▼' : '▲') : ''}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <td className="cell--reference">{row.reference}</td>
                    <td className="cell--name">
                      <bdi>{row.person.fullName}</bdi>
                    </td>
                    <td>{format.country(row.person.nationality)}</td>
                    <td>{t(`taxonomy.caseStatus.${row.status}`)}</td>
                    <td>
                      <span className={`priority priority--${row.priority}`}>{t(`taxonomy.priority.${row.priority}`)}</span>
                    </td>
                    <td>
                      <time dateTime={row.updatedAt}>{format.dateTime(row.updatedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(page.total ?? 0) > PAGE_SIZE ? (
            <nav className="pager" aria-label={t('caseList.title')}>
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                {t('caseList.previousPage')}
              </button>
              <span>
                {t('caseList.pageStatus', {
                  from: format.number(offset + 1),
                  to: format.number(Math.min(offset + PAGE_SIZE, page.total ?? 0)),
                  total: format.number(page.total ?? 0),
                })}
              </span>
              <button type="button" className="button" disabled={offset + PAGE_SIZE >= (page.total ?? 0)} onClick={() => setOffset(offset + PAGE_SIZE)}>
                {t('caseList.nextPage')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
