/**
 * "My follow-ups": the open follow-ups assigned to the signed-in officer on
 * any case, earliest due first, with overdue and soon-due ones marked in words.
 */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { followUpUrgency } from '../../../../shared/domain/follow-up-urgency';
import { localIsoDate } from '../../../../shared/domain/partial-date';
import { useSession } from '../../app/session';
import { useFormatters } from '../../i18n/format';
import { UrgencyBadge } from '../case/records/UrgencyBadge';
import { useMyFollowUps } from './hooks';
import '../case/records/records.css';
import { BidiText } from '../../components/BidiText';

export function MyFollowUpsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { profile } = useSession();
  const mine = useMyFollowUps(profile.id);
  const today = localIsoDate(new Date());
  // Follow-ups of a case that is gone (no longer on this workstation) have nowhere to link to.
  const rows = mine?.followUps.flatMap((followUp) => {
    const owner = mine.casesById.get(followUp.caseId);
    return owner ? [{ followUp, owner }] : [];
  });

  return (
    <section aria-labelledby="my-follow-ups-title">
      <h1 id="my-follow-ups-title">{t('caseRecords.myFollowUps.title')}</h1>
      <p>{t('caseRecords.myFollowUps.intro')}</p>
      {rows === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('caseRecords.myFollowUps.empty')}</p>
          <p>{t('caseRecords.myFollowUps.emptyHint')}</p>
        </div>
      ) : (
        <>
          <p role="status" className="list-count">
            {t('caseRecords.myFollowUps.count', { count: rows.length })}
          </p>
          <div className="table-scroll records-table-scroll">
            <table className="records-table follow-up-table">
              <caption className="visually-hidden"><BidiText text={t('caseRecords.myFollowUps.tableCaption', { name: profile.name })} /></caption>
              <thead>
                <tr>
                  <th scope="col">{t('caseRecords.followUps.fields.dueOn')}</th>
                  <th scope="col">{t('caseRecords.followUps.fields.status')}</th>
                  <th scope="col">{t('caseRecords.followUps.fields.title')}</th>
                  <th scope="col">{t('caseRecords.myFollowUps.case')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ followUp: f, owner }) => {
                  const urgency = followUpUrgency(f, today);
                  return (
                    <tr key={f.id} className={`follow-up-row follow-up-row--${urgency}`}>
                      <td className="cell--nowrap">
                        <time dateTime={f.dueOn}>{format.date(f.dueOn)}</time>
                      </td>
                      <td>
                        <UrgencyBadge urgency={urgency} />
                      </td>
                      <th scope="row" className="cell--text">
                        <bdi>{f.title}</bdi>
                      </th>
                      <td className="cell--name">
                        <Link to={`/cases/${owner.id}`}>
                          <bdi dir="ltr" className="cell--reference">{owner.reference}</bdi> — <bdi>{owner.person.fullName}</bdi>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
