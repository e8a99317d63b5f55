/** One page of cases: a row per case with a checkbox to select it, sortable by each column but the follow-up. */
import { useTranslation } from 'react-i18next';
import type { CaseRow, CaseSortField, ListContext } from '../../../../../shared/domain/case-list';
import { useCaseColumns, type CaseColumn } from '../case-columns';
import { CaseRowsTable } from '../CaseRowsTable';

interface CaseTableProps {
  rows: readonly CaseRow[];
  context: ListContext;
  sort: CaseSortField;
  descending: boolean;
  onSort: (field: CaseSortField) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: readonly string[], selected: boolean) => void;
  busy: boolean;
  /** Cases of the page whose closure request waits for a supervisor. */
  closureRequested?: ReadonlySet<string>;
}

export function CaseTable({ rows, context, sort, descending, onSort, selected, onSelect, busy, closureRequested }: CaseTableProps) {
  const { t } = useTranslation();
  const columns = useCaseColumns(['reference', 'name', 'nationality', 'status', 'contactStatus', 'priority', 'nextFollowUp', 'updatedAt'], context, {
    closureRequested,
  });
  const selectedOnPage = rows.filter((r) => selected.has(r.id)).length;
  const allOnPage = rows.length > 0 && selectedOnPage === rows.length;
  const sortLabel = columns.find((c) => c.sort === sort)?.header;

  const select: CaseColumn = {
    id: 'select',
    className: 'cell--select',
    headerClassName: 'cell--select',
    header: (
      <input
        type="checkbox"
        aria-label={t('caseList.selectPage')}
        checked={allOnPage}
        ref={(input) => {
          if (input) input.indeterminate = selectedOnPage > 0 && !allOnPage;
        }}
        onChange={(event) =>
          onSelect(
            rows.map((r) => r.id),
            event.target.checked,
          )
        }
      />
    ),
    cell: (row) => (
      <input
        type="checkbox"
        aria-label={t('caseList.selectCase', { reference: row.reference })}
        checked={selected.has(row.id)}
        onChange={(event) => onSelect([row.id], event.target.checked)}
      />
    ),
  };

  const sortHeader = ({ id, sort: field, header }: CaseColumn) =>
    field === undefined ? undefined : (
      <th key={id} scope="col" aria-sort={sort === field ? (descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className="sort-button" onClick={() => onSort(field)}>
          {header}
          <span aria-hidden="true" className="sort-indicator">
            {sort === field ? (descending ? '▼' : '▲') : ''}
          </span>
        </button>
      </th>
    );

  return (
    <CaseRowsTable
      caption={t('caseList.tableCaption', { column: sortLabel, direction: t(descending ? 'caseList.descending' : 'caseList.ascending') })}
      columns={[select, ...columns]}
      rows={rows}
      busy={busy}
      header={sortHeader}
      rowClassName={(row) => (selected.has(row.id) ? 'is-selected' : undefined)}
    />
  );
}
