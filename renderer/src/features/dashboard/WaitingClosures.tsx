/**
 * Closure requests waiting for a supervisor, oldest first: which case, who
 * asked, why and when, with Approve and Return. The decision form opens
 * below the table, naming the case it decides on.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useStaffList } from '../../data/hooks';
import { useFormatters } from '../../i18n/format';
import { caseListHref } from '../cases/list/list-url';
import { DecisionButtons, DecisionForm, type DecisionMode } from '../closure/ClosureDecision';
import { useWaitingClosures } from '../closure/hooks';
import { DASHBOARD_FILTERS } from './dashboard-filters';
import { SuccessNotice } from '../../components/Notices';

/** More than this and the supervisor works from the filtered case list. */
const SHOWN = 50;

export function WaitingClosures({ waiting }: { waiting: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const rows = useWaitingClosures(SHOWN);
  const staff = useStaffList();
  const [deciding, setDeciding] = useState<{ requestId: string; mode: DecisionMode } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const decided = rows?.find((r) => r.request.id === deciding?.requestId);

  return (
    <section aria-labelledby={headingId} className="waiting-closures">
      <h2 id={headingId}>{t('dashboard.waitingTitle')}</h2>
      <SuccessNotice message={announcement} />
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="chart__empty">{t('dashboard.waitingEmpty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="case-table waiting-closures__table">
              <caption className="visually-hidden">{t('dashboard.waitingCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('closure.case')}</th>
                  <th scope="col">{t('closure.officer')}</th>
                  <th scope="col">{t('closure.reason')}</th>
                  <th scope="col">{t('closure.requestedOn')}</th>
                  <th scope="col">{t('closure.requestNote')}</th>
                  <th scope="col">{t('closure.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ request, caseRecord }) => (
                  <tr key={request.id}>
                    <th scope="row" className="cell--name">
                      <Link to={`/cases/${caseRecord.id}`}>
                        <bdi dir="ltr">{caseRecord.reference}</bdi>
                      </Link>
                      <br />
                      <bdi>{caseRecord.person.fullName}</bdi>
                    </th>
                    <td className="cell--name">
                      <bdi>{staff?.find((s) => s.id === request.createdBy)?.name ?? t('caseRecords.history.unknownActor')}</bdi>
                    </td>
                    <td>{t(`taxonomy.closureReason.${request.reason}`)}</td>
                    <td className="cell--date">
                      <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
                    </td>
                    <td className="waiting-closures__note">{request.note ? <bdi>{request.note}</bdi> : <span className="muted">{t('closure.noNote')}</span>}</td>
                    <td>
                      <DecisionButtons
                        reference={caseRecord.reference}
                        open={deciding?.requestId === request.id ? deciding.mode : null}
                        onChoose={(mode) => {
                          setAnnouncement('');
                          setDeciding(deciding?.requestId === request.id && deciding.mode === mode ? null : { requestId: request.id, mode });
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {waiting > rows.length ? (
            <p>
              <Link to={caseListHref(DASHBOARD_FILTERS.closureRequestsWaiting())}>{t('dashboard.waitingMore', { count: rows.length })}</Link>
            </p>
          ) : null}
        </>
      )}
      {deciding && decided ? (
        <DecisionForm
          key={`${deciding.requestId}-${deciding.mode}`}
          mode={deciding.mode}
          request={decided.request}
          reference={decided.caseRecord.reference}
          onCancel={() => setDeciding(null)}
          onDone={(message) => {
            setDeciding(null);
            setAnnouncement(message);
          }}
        />
      ) : null}
    </section>
  );
}
