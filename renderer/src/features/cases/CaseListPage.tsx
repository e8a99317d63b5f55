/**
 * The case list: search, filters and sort kept in the URL, one page of cases
 * at a time read through the indexes, and actions on several selected cases.
 */
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useStaffList } from '../../data/hooks';
import type { CaseFilter, CaseSortField } from '../../../../shared/domain/case-list';
import { usePendingClosureIds } from '../closure/hooks';
import { useGroups } from '../groups/hooks';
import { BulkActions } from './list/BulkActions';
import { CaseTable } from './list/CaseTable';
import { FilterPanel } from './list/FilterPanel';
import { ListExchangeActions } from './list/ListExchangeActions';
import { listKey, PAGE_SIZE, useCaseCount, useCasePage, useNationalities } from './list/hooks';
import { hasFilters, listSearchParams, parseListState, type ListState } from './list/list-url';
import { Pager } from './list/Pager';
import { SuccessNotice } from '../../components/Notices';
import './list/case-list.css';

export function CaseListPage() {
  const { t } = useTranslation();
  const { workstation } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parseListState(searchParams);
  const savedReference = (useLocation().state as { savedReference?: string } | null)?.savedReference;
  const days = workstation.contactLostDays;

  const page = useCasePage(state, days);
  const fresh = page !== undefined && page.key === listKey(state, days);
  const count = useCaseCount(state.filter, days, fresh && page.total === null);
  const total = !fresh ? null : (page.total ?? (count && count.key === listKey(state.filter, days) ? count.count : null));

  const closureRequested = usePendingClosureIds(page?.rows.map((r) => r.id) ?? []);
  const nationalities = useNationalities(page !== undefined) ?? [];
  const staff = useStaffList() ?? [];
  const groups = useGroups() ?? [];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  // Replacing rather than pushing: Back leaves the list instead of undoing one filter at a time.
  const update = (change: (current: ListState) => ListState) =>
    setSearchParams((current) => listSearchParams(change(parseListState(current))), { replace: true });
  const setFilter = (key: keyof CaseFilter, value: string | boolean | undefined) =>
    update((s) => ({ ...s, filter: { ...s.filter, [key]: value }, page: 0 }));
  const clearFilters = () => update((s) => ({ ...s, filter: {}, page: 0 }));
  const sortBy = (field: CaseSortField) =>
    update((s) => ({ ...s, sort: field, descending: s.sort === field ? !s.descending : field === 'updatedAt', page: 0 }));
  const select = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const filtered = hasFilters(state.filter);
  const noCasesAtAll = page !== undefined && fresh && !filtered && state.page === 0 && page.rows.length === 0;

  return (
    <section aria-labelledby="case-list-title" className="case-list">
      <div className="page-header">
        <h1 id="case-list-title">{t('caseList.title')}</h1>
        <div className="list-exchange-actions">
          <ListExchangeActions filter={state.filter} />
          <Link className="button button--primary" to="/cases/new">
            {t('nav.newCase')}
          </Link>
        </div>
      </div>
      {savedReference ? (
        <p role="status" className="notice notice--success">
          {t('newCase.saved', { reference: savedReference })}
        </p>
      ) : null}
      <SuccessNotice message={announcement} />
      {page === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : noCasesAtAll ? (
        <div className="empty-state">
          <p>{t('caseList.empty')}</p>
          <p>{t('caseList.emptyHint')}</p>
        </div>
      ) : (
        <>
          <FilterPanel filter={state.filter} nationalities={nationalities} staff={staff} groups={groups} onChange={setFilter} onClear={clearFilters} />
          <p role="status" className="list-count">
            {total === null ? t('caseList.counting') : t('caseList.count', { count: total })}
          </p>
          {selected.size > 0 ? (
            <BulkActions
              selectedIds={[...selected]}
              groups={groups}
              filterGroup={groups.find((g) => g.id === state.filter.groupId)}
              onClearSelection={() => setSelected(new Set())}
              onDone={(message) => {
                setSelected(new Set());
                setAnnouncement(message);
              }}
            />
          ) : null}
          {page.rows.length === 0 && state.page > 0 ? (
            <div className="empty-state">
              <p>{t('caseList.pageEmpty')}</p>
              <button type="button" className="button" onClick={() => update((s) => ({ ...s, page: 0 }))}>
                {t('caseList.firstPage')}
              </button>
            </div>
          ) : page.rows.length === 0 ? (
            <div className="empty-state">
              <p>{t('caseList.noMatch')}</p>
              <p>{t('caseList.noMatchHint')}</p>
            </div>
          ) : (
            <>
              <CaseTable
                rows={page.rows}
                context={page.context}
                sort={state.sort}
                descending={state.descending}
                onSort={sortBy}
                selected={selected}
                onSelect={select}
                busy={!fresh}
                closureRequested={closureRequested}
              />
              <Pager
                offset={state.page * PAGE_SIZE}
                shown={page.rows.length}
                total={total}
                hasMore={page.hasMore}
                onPage={(direction) => update((s) => ({ ...s, page: Math.max(0, s.page + direction) }))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
