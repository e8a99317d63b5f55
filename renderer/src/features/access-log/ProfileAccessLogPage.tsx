/** "Access log of <name>" (supervisors), opened from the Profiles page. */
import { Link, useParams } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { permits } from '../../../../shared/domain/permissions';
import { useSession } from '../../app/session';
import { useProfile } from '../profiles/hooks';
import { NotPermitted } from '../profiles/NotPermitted';
import { AccessLogTable } from './AccessLogTable';
import { useProfileAccessLog } from './hooks';

export function ProfileAccessLogPage() {
  const { profile } = useSession();
  const { profileId = '' } = useParams();
  if (!permits(profile, 'accessLog.read')) return <NotPermitted />;
  return <ProfileAccessLog key={profileId} profileId={profileId} />;
}

function ProfileAccessLog({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const subject = useProfile(profileId);
  const view = useProfileAccessLog(profileId);

  if (subject === undefined || view === undefined) return <p role="status">{t('app.loading')}</p>;
  if (view.denied) return <NotPermitted />;
  return (
    <section className="access-log" aria-labelledby="profile-access-log-title">
      <p className="access-log__back">
        <Link to="/profiles">{t('accessLog.backToProfiles')}</Link>
      </p>
      {subject === null ? (
        <h1 id="profile-access-log-title">{t('accessLog.profileNotFound')}</h1>
      ) : (
        <>
          <h1 id="profile-access-log-title">
            <Trans i18nKey="accessLog.profileTitle" values={{ name: subject.name }} components={{ name: <bdi /> }} />
          </h1>
          <p className="access-log__intro">{t('accessLog.profileIntro')}</p>
          <AccessLogTable caption={<Trans i18nKey="accessLog.profileCaption" values={{ name: subject.name }} components={{ name: <bdi /> }} />} records={view.records} references={view.references} />
        </>
      )}
    </section>
  );
}
