/** One page of cases: a row per case with a checkbox to select it, sortable by each column but the follow-up. */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/keys';
import { followUpUrgency } from '../../../../../shared/domain/follow-up-urgency';
import type { Case } from '../../../../../shared/schemas/case';
import { contactStatusOf, type CaseSortField, type ListContext } from '../../../../../shared/domain/case-list';
import { useFormatters } from '../../../i18n/format';
import { ClosureBadge } from '../../closure/ClosureBadge';

const SORTABLE: { field: CaseSortField; label: MessageKey }[] = [
  { field: 'reference', label: 'caseList.columns.reference' },
  { field: 'name', label: 'caseList.columns.fullName' },
  { field: 'nationality', label: 'caseList.columns.nationality' },
  { field: 'status', label: 'caseList.columns.status' },
  { field: 'contactStatus', label: 'caseList.columns.contactStatus' },
  { field: 'priority', label: 'caseList.columns.priority' },
];

interface CaseTableProps {
  rows: readonly Case[];
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
  const format = useFormatters();
  const selectedOnPage = rows.filter((r) => selected.has(r.id)).length;
  const allOnPage = rows.length > 0 && selectedOnPage === rows.length;
  const sortKey = sort === 'updatedAt' ? 'caseList.columns.updatedAt' : SORTABLE.find((c) => c.field === sort)?.label;
  const sortLabel = sortKey ? t(sortKey) : '';

  const header = (field: CaseSortField, label: MessageKey) => (
    <th key={field} scope="col" aria-sort={sort === field ? (descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {t(label)}
        <span aria-hidden="true" className="sort-indicator">
          {sort === field ? (descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <div className="table-scroll">
      <table className="case-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">
          {t('caseList.tableCaption', { column: sortLabel, direction: t(descending ? 'caseList.descending' : 'caseList.ascending') })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cell--select">
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
            </th>
            {SORTABLE.map((c) => header(c.field, c.label))}
            <th scope="col">{t('caseList.columns.nextFollowUp')}</th>
            {header('updatedAt', 'caseList.columns.updatedAt')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const due = row.derived.nextFollowUpDue;
            const urgency = due === null ? null : followUpUrgency({ dueOn: due, done: false }, context.today);
            return (
              <tr key={row.id} className={selected.has(row.id) ? 'is-selected' : undefined}>
                <td className="cell--select">
                  <input
                    type="checkbox"
                    aria-label={t('caseList.selectCase', { reference: row.reference })}
                    checked={selected.has(row.id)}
                    onChange={(event) => onSelect([row.id], event.target.checked)}
                  />
                </td>
                <th scope="row" className="cell--reference">
                  <Link to={`/cases/${row.id}`}>{row.reference}</Link>
                </th>
                <td className="cell--name">
                  <bdi>{row.person.fullName}</bdi>
                </td>
                <td>{format.country(row.person.nationality)}</td>
                <td>
                  {t(`taxonomy.caseStatus.${row.status}`)}
                  {closureRequested?.has(row.id) ? (
                    <>
                      {' '}
                      <ClosureBadge />
                    </>
                  ) : null}
                </td>
                <td>{t(`taxonomy.contactStatus.${contactStatusOf(row, context)}`)}</td>
                <td>
                  <span className={`priority priority--${row.priority}`}>{t(`taxonomy.priority.${row.priority}`)}</span>
                </td>
                <td className="cell--follow-up">
                  {due === null ? (
                    <span className="muted">{t('caseList.noFollowUp')}</span>
                  ) : (
                    <div className="follow-up-due">
                      <time dateTime={due}>{format.date(due)}</time>
                      {urgency === 'overdue' || urgency === 'due_soon' ? (
                        <span className={`urgency urgency--${urgency}`}>{t(`caseList.urgency.${urgency}`)}</span>
                      ) : null}
                    </div>
                  )}
                </td>
                <td className="cell--date">
                  <time dateTime={row.updatedAt}>{format.dateTime(row.updatedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
