/** Backup and restore (supervisors): automatic backups, a backup made now, and restoring one. */
import { useTranslation } from 'react-i18next';
import { permits } from '../../../../shared/domain/permissions';
import { useSession } from '../../app/session';
import { NotPermitted } from '../profiles/NotPermitted';
import { AutomaticBackupPanel } from './AutomaticBackupPanel';
import { MakeBackupForm } from './MakeBackupForm';
import { RestoreBackup } from './RestoreBackup';
import './exchange.css';

export function BackupPage() {
  const { t } = useTranslation();
  const { profile, signOut } = useSession();
  // A full backup holds every table; officers export lists as CSV instead. Restoring is a supervisor's too.
  if (!permits(profile, 'data.backup')) return <NotPermitted />;

  return (
    <section className="exchange-page backup-page" aria-labelledby="backup-title">
      <h1 id="backup-title">{t('exchangeUi.backup.title')}</h1>
      <p className="exchange-page__intro">{t('exchangeUi.backup.intro')}</p>
      <AutomaticBackupPanel />
      <section className="exchange-panel" aria-labelledby="make-backup-title">
        <h2 id="make-backup-title">{t('exchangeUi.backup.makeHeading')}</h2>
        <MakeBackupForm />
      </section>
      <section className="exchange-panel" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('exchangeUi.restore.title')}</h2>
        <p>{t('exchangeUi.restore.intro')}</p>
        {/* The restored profiles may not include this one: everyone signs in again. */}
        <RestoreBackup restorer={{ profileId: profile.id }} onRestored={signOut} />
      </section>
    </section>
  );
}
