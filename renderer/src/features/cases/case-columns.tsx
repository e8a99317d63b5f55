/**
 * The columns a table of cases can show, each defined once (header, cell,
 * sort field) for the case list, a group's members and the caseload report;
 * each table picks the ones it shows.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { followUpUrgency } from '../../../../shared/domain/follow-up-urgency';
import { useStaffList } from '../../data/hooks';
import { contactStatusOf, type CaseRow, type CaseSortField, type ListContext } from '../../../../shared/domain/case-list';
import { useFormatters, type Formatters } from '../../i18n/format';
import type { MessageKey } from '../../i18n/keys';
import { labelsOf } from '../../i18n/labels';
import { ClosureBadge } from '../closure/ClosureBadge';
import { ConflictBadge } from '../sync/ConflictBadge';
import { useCasesWithConflicts } from '../sync/context';

/** A column of a table of rows `R`: the named columns show what any case row holds; a table's own may need more. */
export interface CaseColumn<R extends CaseRow = CaseRow> {
  id: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  className?: string;
  headerClassName?: string;
  /** The cell that names the case: a row header. */
  rowHeader?: boolean;
  /** The list field its header sorts by, where the list can sort by it. */
  sort?: CaseSortField;
}

type CaseColumnId =
  | 'reference'
  | 'name'
  | 'nationality'
  | 'status'
  | 'contactStatus'
  | 'priority'
  | 'nextFollowUp'
  | 'updatedAt'
  | 'situation'
  | 'assignee'
  | 'openedOn';

interface CaseColumnOptions {
  /** Cases whose closure request waits for a supervisor: their status says so. */
  closureRequested?: ReadonlySet<string>;
}

/** The named columns, in the order given. */
export function useCaseColumns(ids: readonly CaseColumnId[], context: ListContext, { closureRequested }: CaseColumnOptions = {}): CaseColumn[] {
  const { t } = useTranslation();
  const label = labelsOf(t);
  const format = useFormatters();
  const staff = useStaffList();
  const names = new Map((staff ?? []).map((s) => [s.id, s.name]));
  const conflicted = useCasesWithConflicts();
  const all: Record<CaseColumnId, Omit<CaseColumn, 'id'>> = {
    reference: {
      header: t('caseList.columns.reference'),
      sort: 'reference',
      rowHeader: true,
      className: 'cell--reference',
      cell: (row) => (
        <>
          <Link to={`/cases/${row.id}`}>
            <bdi dir="ltr">{row.reference}</bdi>
          </Link>
          {conflicted.has(row.id) ? (
            <>
              {' '}
              <ConflictBadge />
            </>
          ) : null}
        </>
      ),
    },
    name: { header: t('caseList.columns.fullName'), sort: 'name', className: 'cell--name', cell: (row) => <bdi>{row.person.fullName}</bdi> },
    nationality: { header: t('caseList.columns.nationality'), sort: 'nationality', cell: (row) => format.country(row.person.nationality) },
    status: {
      header: t('caseList.columns.status'),
      sort: 'status',
      cell: (row) => (
        <>
          {label(`taxonomy.caseStatus.${row.status}`)}
          {closureRequested?.has(row.id) ? (
            <>
              {' '}
              <ClosureBadge />
            </>
          ) : null}
        </>
      ),
    },
    contactStatus: {
      header: t('caseList.columns.contactStatus'),
      sort: 'contactStatus',
      cell: (row) => label(`taxonomy.contactStatus.${contactStatusOf(row, context)}`),
    },
    priority: {
      header: t('caseList.columns.priority'),
      sort: 'priority',
      cell: (row) => <span className={`priority priority--${row.priority}`}>{label(`taxonomy.priority.${row.priority}`)}</span>,
    },
    nextFollowUp: { header: t('caseList.columns.nextFollowUp'), className: 'cell--follow-up', cell: (row) => nextFollowUp(row.derived.nextFollowUpDue, context.today, label, format) },
    updatedAt: {
      header: t('caseList.columns.updatedAt'),
      sort: 'updatedAt',
      className: 'cell--date',
      cell: (row) => <time dateTime={row.updatedAt}>{format.dateTime(row.updatedAt)}</time>,
    },
    situation: { header: t('fields.currentSituation'), cell: (row) => label(`taxonomy.currentSituation.${row.whereabouts.situation}`) },
    assignee: {
      header: t('fields.assignedOfficer'),
      cell: (row) => (row.assigneeId ? <bdi>{names.get(row.assigneeId) ?? ''}</bdi> : label('casePage.overview.unassigned')),
    },
    openedOn: { header: t('fields.openedOn'), className: 'cell--date', cell: (row) => format.date(row.openedOn) },
  };
  return ids.map((id) => ({ id, ...all[id] }));
}

/** A row's next follow-up: a plain function of the table's own labels and formatters, not a component with hooks of its own in every row. */
function nextFollowUp(due: string | null, today: string, label: (key: MessageKey) => string, format: Formatters): ReactNode {
  if (due === null) return <span className="muted">{label('caseList.noFollowUp')}</span>;
  const urgency = followUpUrgency({ dueOn: due, done: false }, today);
  return (
    <div className="follow-up-due">
      <time dateTime={due}>{format.date(due)}</time>
      {urgency === 'overdue' || urgency === 'due_soon' ? <span className={`urgency urgency--${urgency}`}>{label(`caseList.urgency.${urgency}`)}</span> : null}
    </div>
  );
}
