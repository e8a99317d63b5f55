/**
 * Reminds a supervisor, where automatic backups can be made (the desktop
 * app), that none will be: no backup passphrase is set, or it has not been
 * typed this session. Renders nothing otherwise. For the dashboard and any
 * other supervisor page.
 */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { permits } from '../../../../shared/domain/permissions';
import { useSession } from '../../app/session';
import { useAutomaticBackupState, useHost } from './backup-hooks';
import './exchange.css';

export function BackupReminder() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const host = useHost();
  const state = useAutomaticBackupState(0);
  if (!permits(profile, 'data.backup') || host !== 'electron' || !state || state.status === 'ready') return null;
  return (
    <p className="backup-reminder" role="note">
      {t(`exchangeUi.reminder.${state.status}`)} <Link to="/backup">{t('exchangeUi.reminder.link')}</Link>
    </p>
  );
}
