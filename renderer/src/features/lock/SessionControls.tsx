/** The header's end: who is signed in, and the session commands (change my passphrase, lock, sign out). */
import { NavLink, useNavigate } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import './lock.css';

export function SessionControls() {
  const { t } = useTranslation();
  const { profile, lock, signOut } = useSession();
  const navigate = useNavigate();
  // The next person starts from the start page, not from the case the last one had open.
  const signOutToStart = () => {
    navigate('/', { replace: true });
    signOut();
  };
  return (
    <div className="session-controls">
      <p className="session-controls__user">
        <Trans i18nKey="app.signedInAs" values={{ name: profile.name, role: t(`taxonomy.staffRole.${profile.role}`) }} components={{ name: <bdi /> }} />
      </p>
      <div className="session-controls__actions" role="group" aria-label={t('session.sessionControls')}>
        <NavLink to="/passphrase" className="session-controls__link">
          {t('session.myPassphrase')}
        </NavLink>
        <button type="button" className="button session-controls__button" onClick={lock}>
          {t('session.lock')}
        </button>
        <button type="button" className="button session-controls__button" onClick={signOutToStart}>
          {t('session.signOut')}
        </button>
      </div>
    </div>
  );
}
