/** Access-log entries as a table, newest first: when, who, what, and the case when there is one. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AccessRecord } from '../../../../shared/schemas/access-log';
import { BidiText } from '../../components/BidiText';
import { useStaffList } from '../../data/hooks';
import { useFormatters } from '../../i18n/format';
import { describeAccess } from './describe-access';
import { ACCESS_LOG_LIMIT } from './hooks';
import './access-log.css';

interface AccessLogTableProps {
  caption: ReactNode;
  records: readonly AccessRecord[];
  /** Case references by id; without it (a case's own log) the case column is left out. */
  references?: ReadonlyMap<string, string>;
}

export function AccessLogTable({ caption, records, references }: AccessLogTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const staff = useStaffList();
  const names = new Map(staff?.map((s) => [s.id, s.name]));

  if (records.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('accessLog.empty')}</p>
      </div>
    );
  }
  return (
    <>
      {records.length >= ACCESS_LOG_LIMIT ? <p className="access-log__limited">{t('accessLog.limited', { count: ACCESS_LOG_LIMIT })}</p> : null}
      <div className="table-scroll">
        <table className="case-table access-log-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accessLog.when')}</th>
              <th scope="col">{t('accessLog.who')}</th>
              <th scope="col">{t('accessLog.what')}</th>
              {references ? <th scope="col">{t('accessLog.case')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.id} className={record.kind === 'denied' ? 'access-log-table__row--denied' : undefined}>
                <th scope="row" className="access-log-table__when">
                  <time dateTime={record.at}>{format.dateTime(record.at)}</time>
                </th>
                <td className="access-log-table__who">
                  <bdi>{names.get(record.actorId) ?? t('accessLog.unknownProfile')}</bdi>
                </td>
                <td>
                  <BidiText text={describeAccess(record, t, (id) => names.get(id) ?? '')} />
                </td>
                {references ? <td className="cell--reference">{caseCell(record.caseId, references, t)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function caseCell(caseId: string | null, references: ReadonlyMap<string, string>, t: TFunction) {
  if (!caseId) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('accessLog.noCase')}</span>
      </>
    );
  }
  const reference = references.get(caseId);
  if (!reference) return t('accessLog.caseGone');
  return (
    <Link to={`/cases/${caseId}`}>
      <bdi dir="ltr">{reference}</bdi>
    </Link>
  );
}
