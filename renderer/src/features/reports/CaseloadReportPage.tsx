/**
 * The caseload report of a list filter or a group: exact counts by status,
 * contact status, nationality, recruitment method and current situation,
 * and a table of the cases (the first 500; the CSV has them all).
 * Printed to PDF through the host, or exported as CSV.
 */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { VocabularyName } from '../../../../shared/taxonomy';
import { useSession } from '../../app/session';
import { useStaffList } from '../../data/hooks';
import type { CaseFilter } from '../../../../shared/domain/case-list';
import type { Count } from '../../data/repositories/dashboard';
import { useFormatters } from '../../i18n/format';
import { termLabel, type MessageKey } from '../../i18n/keys';
import { useCaseColumns } from '../cases/case-columns';
import { CaseRowsTable } from '../cases/CaseRowsTable';
import { caseListHref, parseFilter } from '../cases/list/list-url';
import { ExportCsvButton } from '../exchange/ExportCsvButton';
import { workstationFileName } from '../exchange/file-names';
import { useGroups } from '../groups/hooks';
import { useCaseloadSummary, type CaseloadSummary } from './caseload-summary';
import { ReportToolbar } from './ReportToolbar';
import { usePrintReport } from './use-print-report';
import { BidiText } from '../../components/BidiText';
import './reports.css';

export function CaseloadReportPage() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const { profile, workstation } = useSession();
  const key = params.toString();
  // Keyed by the query string: parseFilter makes a new object each render.
  const filter = useMemo(() => parseFilter(new URLSearchParams(key)), [key]);
  const selection = useMemo(() => ({ filter, contactLostDays: workstation.contactLostDays }), [filter, workstation.contactLostDays]);
  const { summary, failed } = useCaseloadSummary(filter);
  const describe = useFilterDescription();
  const { state: printState, print } = usePrintReport();
  const preparedAt = useMemo(() => new Date().toISOString(), []);
  const onlyGroup = filter.groupId !== undefined && Object.keys(filter).length === 1;

  return (
    <article className="report caseload-report" aria-labelledby="caseload-report-title" lang={i18n.language} dir={i18n.dir()}>
      <ReportToolbar
        backTo={onlyGroup ? `/groups/${filter.groupId}` : caseListHref(filter)}
        backLabel={onlyGroup ? t('reports.backToGroup') : t('reports.backToList')}
        printState={printState}
        onPrint={() =>
          summary &&
          void print({ report: 'caseload', cases: summary.total, suggestedName: workstationFileName(workstation, 'caseload-report', 'pdf') })
        }
      >
        <ExportCsvButton selection={selection} />
      </ReportToolbar>

      <header className="report__header">
        <p className="report__kicker">{t('app.name')}</p>
        <h1 id="caseload-report-title">{t('reports.caseload.title')}</h1>
        <p className="report__scope">
          <BidiText text={describe(filter)} />
        </p>
        <dl className="report__facts">
          <div>
            <dt>{t('reports.preparedOn')}</dt>
            <dd>{format.dateTime(preparedAt)}</dd>
          </div>
          <div>
            <dt>{t('reports.preparedBy')}</dt>
            <dd>
              <bdi>{profile.name}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t('reports.workstation')}</dt>
            <dd>{t('reports.workstationValue', { country: format.country(workstation.issuingCountry), post: workstation.postCode })}</dd>
          </div>
          <div>
            <dt>{t('reports.caseload.total')}</dt>
            <dd>{summary ? format.number(summary.total) : '…'}</dd>
          </div>
        </dl>
      </header>

      {failed ? (
        <p role="alert" className="form-failure">
          {t('errors.unexpected')}
        </p>
      ) : !summary ? (
        <p role="status">{t('reports.caseload.counting')}</p>
      ) : summary.total === 0 ? (
        <p className="empty-state">{t('reports.caseload.empty')}</p>
      ) : (
        <CaseloadBody summary={summary} />
      )}
      <p className="report__confidential">{t('reports.confidential')}</p>
    </article>
  );
}

function CaseloadBody({ summary }: { summary: CaseloadSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = useCaseColumns(['reference', 'name', 'nationality', 'status', 'contactStatus', 'situation', 'assignee', 'openedOn'], summary.context);
  const label = (vocabulary: VocabularyName) => (code: string) => termLabel(t, vocabulary, code);

  return (
    <>
      <section aria-labelledby="caseload-counts" className="report__section">
        <h2 id="caseload-counts">{t('reports.caseload.counts')}</h2>
        <div className="count-tables">
          <CountTable caption={t('reports.caseload.byStatus')} column={t('fields.status')} counts={summary.byStatus} label={label('caseStatus')} />
          <CountTable
            caption={t('reports.caseload.byContactStatus')}
            column={t('caseList.columns.contactStatus')}
            counts={summary.byContactStatus}
            label={label('contactStatus')}
          />
          <CountTable caption={t('reports.caseload.byNationality')} column={t('fields.nationality')} counts={summary.byNationality} label={format.country} />
          <CountTable
            caption={t('reports.caseload.byMethod')}
            column={t('fields.recruitmentMethods')}
            counts={summary.byMethod}
            label={label('recruitmentMethod')}
            note={t('reports.caseload.methodsNote')}
          />
          <CountTable
            caption={t('reports.caseload.bySituation')}
            column={t('fields.currentSituation')}
            counts={summary.bySituation}
            label={label('currentSituation')}
          />
        </div>
      </section>

      <section aria-labelledby="caseload-cases" className="report__section">
        <h2 id="caseload-cases">{t('reports.caseload.cases')}</h2>
        {summary.total > summary.rows.length ? (
          <p className="report__note">
            {t('reports.caseload.capped', { shown: format.number(summary.rows.length), total: format.number(summary.total) })}
          </p>
        ) : null}
        <CaseRowsTable
          caption={t('reports.caseload.casesCaption')}
          columns={columns}
          rows={summary.rows}
          className="report-table"
          scrollClassName="report-table-scroll"
        />
      </section>
    </>
  );
}

interface CountTableProps {
  caption: string;
  column: string;
  counts: readonly Count[];
  label: (key: string) => string;
  note?: string;
}

function CountTable({ caption, column, counts, label, note }: CountTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="count-table">
      <table className="report-table report-table--counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="cell--number">
              {t('reports.caseload.casesColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.length === 0 ? (
            <tr>
              <td colSpan={2}>{t('reports.caseload.noneRecorded')}</td>
            </tr>
          ) : (
            counts.map((c) => (
              <tr key={c.key}>
                <th scope="row">{label(c.key)}</th>
                <td className="cell--number">{format.number(c.count)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {note ? <p className="report__note">{note}</p> : null}
    </div>
  );
}

/** The filter in words: "All cases", or "Group: …", "Status: Reported · Nationality: South Africa". */
function useFilterDescription(): (filter: CaseFilter) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  const staff = useStaffList() ?? [];
  const groups = useGroups() ?? [];
  return (filter) => {
    const parts: string[] = [];
    const add = (labelKey: MessageKey, value: string) => parts.push(t('reports.caseload.filterPart', { label: t(labelKey), value }));
    if (filter.groupId) add('caseFilters.group', groups.find((g) => g.id === filter.groupId)?.name ?? '…');
    if (filter.search) add('caseFilters.search', `“${filter.search}”`);
    if (filter.status) add('caseFilters.status', t(`taxonomy.caseStatus.${filter.status}`));
    if (filter.contactStatus) add('caseFilters.contactStatus', t(`taxonomy.contactStatus.${filter.contactStatus}`));
    if (filter.nationality) add('caseFilters.nationality', format.country(filter.nationality));
    if (filter.situation) add('caseFilters.situation', t(`taxonomy.currentSituation.${filter.situation}`));
    if (filter.method) add('caseFilters.method', t(`taxonomy.recruitmentMethod.${filter.method}`));
    if (filter.assignee) {
      add('caseFilters.assignee', filter.assignee === 'unassigned' ? t('caseFilters.unassigned') : (staff.find((s) => s.id === filter.assignee)?.name ?? '…'));
    }
    if (filter.priority) add('caseFilters.priority', t(`taxonomy.priority.${filter.priority}`));
    if (filter.overdueFollowUps) parts.push(t('caseFilters.overdue'));
    return parts.length === 0 ? t('reports.caseload.allCases') : parts.join(' · ');
  };
}
