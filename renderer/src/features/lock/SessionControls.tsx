/**
 * The header's end: the signed-in person's menu (who is signed in, My profile,
 * change my passphrase, sign out) and Lock, kept visible because it is used
 * every time someone steps away from the desk.
 */
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { DisclosureMenu } from '../../app/DisclosureMenu';
import { useSession } from '../../app/session';
import './lock.css';

const PROFILE_PATHS = ['/profile', '/passphrase'];

export function SessionControls() {
  const { t } = useTranslation();
  const { profile, lock, signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // The next person starts from the start page, not from the case the last one had open.
  const signOutToStart = () => {
    navigate('/', { replace: true });
    signOut();
  };
  return (
    <div className="session-controls" role="group" aria-label={t('session.sessionControls')}>
      <DisclosureMenu
        className="session-controls__menu"
        label={<bdi className="session-controls__name">{profile.name}</bdi>}
        accessibleName={t('session.menu', { name: profile.name })}
        current={PROFILE_PATHS.includes(pathname)}
        heading={
          <p className="session-controls__user">
            <Trans i18nKey="app.signedInAs" values={{ name: profile.name, role: t(`taxonomy.staffRole.${profile.role}`) }} components={{ name: <bdi /> }} />
          </p>
        }
      >
        <li>
          <NavLink to="/profile">{t('session.myProfile')}</NavLink>
        </li>
        <li>
          <NavLink to="/passphrase">{t('session.myPassphrase')}</NavLink>
        </li>
        <li>
          <button type="button" className="disclosure__command" onClick={signOutToStart}>
            {t('session.signOut')}
          </button>
        </li>
      </DisclosureMenu>
      <button type="button" className="button session-controls__button" onClick={lock}>
        {t('session.lock')}
      </button>
    </div>
  );
}
