/**
 * Profiles of this workstation (supervisors): who may sign in, with which
 * role. Profiles are deactivated, never deleted, because history refers to
 * them. Every change is also checked by the data layer.
 */
import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import { permits } from '../../../../shared/domain/permissions';
import type { Staff } from '../../../../shared/schemas/staff';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import { AddProfileForm } from './AddProfileForm';
import { failureKey } from './failure';
import { useProfiles } from './hooks';
import { NotPermitted } from './NotPermitted';
import { SetPassphraseForm } from './SetPassphraseForm';
import { FailureAlert, SuccessNotice } from '../../components/Notices';
import './profiles.css';

export function ProfilesPage() {
  const { profile } = useSession();
  if (!permits(profile, 'staff.manage')) return <NotPermitted />;
  return <ProfilesList />;
}

function ProfilesList() {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const { profile: me } = useSession();
  const profiles = useProfiles();
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [passphraseFor, setPassphraseFor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (change: () => Promise<Staff>, success: (changed: Staff) => string) => {
    setFailure(null);
    setAnnouncement('');
    setBusy(true);
    try {
      setAnnouncement(success(await change()));
    } catch (error) {
      setFailure(failureKey(error));
    } finally {
      setBusy(false);
    }
  };
  const roleLabel = (role: Staff['role']) => t(`taxonomy.staffRole.${role}`);

  const toggleActive = (p: Staff) =>
    act(
      () => staff.setActive(p.id, p.version, !p.active, me.id),
      (changed) => t(changed.active ? 'profiles.reactivatedDone' : 'profiles.deactivatedDone', { name: changed.name }),
    );
  const changeRole = (p: Staff) =>
    act(
      () => staff.changeRole(p.id, p.version, p.role === 'supervisor' ? 'officer' : 'supervisor', me.id),
      (changed) => t('profiles.roleChanged', { name: changed.name, role: roleLabel(changed.role) }),
    );
  const passphraseDone = (p: Staff, saved: boolean) => {
    setPassphraseFor(null);
    if (saved) setAnnouncement(t('profiles.passphraseSet', { name: p.name }));
    // Back to the button that opened the form, so keyboard users keep their place.
    requestAnimationFrame(() => document.getElementById(`set-passphrase-${p.id}`)?.focus());
  };

  return (
    <section aria-labelledby="profiles-title" className="profiles">
      <h1 id="profiles-title">{t('profiles.title')}</h1>
      <p className="profiles__intro">{t('profiles.intro')}</p>
      <SuccessNotice message={announcement} />
      <FailureAlert failure={failure} />
      {profiles === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <div className="table-scroll">
          <table className="case-table profiles-table">
            <caption className="visually-hidden">{t('profiles.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profiles.name')}</th>
                <th scope="col">{t('profiles.role')}</th>
                <th scope="col">{t('profiles.state')}</th>
                <th scope="col">{t('profiles.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {profiles.map((p) => (
                <Fragment key={p.id}>
                  <tr className={p.active ? undefined : 'profiles-table__row--inactive'}>
                    <th scope="row" className="profiles-table__name">
                      <bdi>{p.name}</bdi>
                      {p.id === me.id ? <span className="profiles-table__you"> {t('profiles.you')}</span> : null}
                    </th>
                    <td>{roleLabel(p.role)}</td>
                    <td>
                      <span className={p.active ? 'badge badge--active' : 'badge badge--inactive'}>
                        {t(p.active ? 'profiles.active' : 'profiles.deactivated')}
                      </span>
                      {p.passphrase ? null : <p className="profiles-table__note">{t('profiles.noPassphrase')}</p>}
                    </td>
                    <td>
                      <div className="profiles-table__actions">
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={t(p.role === 'supervisor' ? 'profiles.makeOfficerFor' : 'profiles.makeSupervisorFor', { name: p.name })}
                          onClick={() => void changeRole(p)}
                        >
                          {t(p.role === 'supervisor' ? 'profiles.makeOfficer' : 'profiles.makeSupervisor')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          disabled={busy}
                          aria-label={t(p.active ? 'profiles.deactivateFor' : 'profiles.reactivateFor', { name: p.name })}
                          onClick={() => void toggleActive(p)}
                        >
                          {t(p.active ? 'profiles.deactivate' : 'profiles.reactivate')}
                        </button>
                        <button
                          type="button"
                          id={`set-passphrase-${p.id}`}
                          className="button"
                          aria-expanded={passphraseFor === p.id}
                          aria-label={t('profiles.setPassphraseFor', { name: p.name })}
                          onClick={() => setPassphraseFor(passphraseFor === p.id ? null : p.id)}
                        >
                          {t('profiles.setPassphrase')}
                        </button>
                        <Link to={`/profiles/${p.id}/access-log`} aria-label={t('profiles.accessLogFor', { name: p.name })}>
                          {t('profiles.accessLog')}
                        </Link>
                      </div>
                    </td>
                  </tr>
                  {passphraseFor === p.id ? (
                    <tr className="profiles-table__form-row">
                      <td colSpan={4}>
                        <SetPassphraseForm target={p} onDone={(saved) => passphraseDone(p, saved)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddProfileForm onAdded={(added) => setAnnouncement(t('profiles.added', { name: added.name }))} />
    </section>
  );
}
