/** Decides what this window shows: first-run set-up, sign-in, or the working app (with its lock). */
import { useCallback, useMemo, useState } from 'react';
import { HashRouter } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useStaffList, useWorkstationSettings } from '../data/hooks';
import { FirstRunPage } from '../features/first-run/FirstRunPage';
import { goHomeAfterSignIn } from '../features/dashboard/landing';
import { SignInPage } from '../features/first-run/SignInPage';
import { IdleLock } from '../features/lock/IdleLock';
import { LockScreen } from '../features/lock/LockScreen';
import { useDraftStore } from './draft-store';
import { SessionContext, type Session } from './session';
import { loadSession, saveSession, type StoredSession } from './session-store';
import { formatRegion } from '../../../shared/schemas/settings';
import { FormatPreferencesContext, type FormatPreferences } from '../i18n/format';
import { Shell } from './Shell';
import { useAppLanguage } from './use-app-language';

export function App() {
  const { t } = useTranslation();
  const settings = useWorkstationSettings();
  const staff = useStaffList();
  const [stored, setStored] = useState<StoredSession | null>(loadSession);
  const drafts = useDraftStore();

  const update = useCallback((next: StoredSession | null) => {
    saveSession(next);
    setStored(next);
  }, []);

  const profile = staff?.find((s) => s.id === stored?.profileId && s.active);
  // Signed in, the profile's own language; otherwise the workstation's. At first run the first-run screen chooses.
  useAppLanguage(settings?.value ? (profile?.language ?? settings.value.locale) : undefined);
  const session = useMemo<Session | null>(
    () =>
      profile && settings?.value
        ? {
            profile,
            workstation: settings.value,
            lock: () => update({ profileId: profile.id, locked: true }),
            signOut: () => {
              void drafts.discardAllOf(profile.id);
              update(null);
            },
          }
        : null,
    [drafts, profile, settings, update],
  );

  const workstation = settings?.value;
  const formats = useMemo<FormatPreferences>(
    () => ({ region: workstation ? formatRegion(workstation) : undefined, clock: workstation?.clock ?? '24h' }),
    [workstation],
  );

  if (settings === undefined || staff === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }
  if (settings.value === null || staff.length === 0) {
    return <FirstRunPage onDone={(profileId) => update({ profileId, locked: false })} />;
  }
  if (!session) {
    return (
      <FormatPreferencesContext.Provider value={formats}>
        <SignInPage
          profiles={staff.filter((s) => s.active)}
          onSignedIn={(profileId) => {
            goHomeAfterSignIn(staff.find((s) => s.id === profileId)?.role);
            update({ profileId, locked: false });
          }}
        />
      </FormatPreferencesContext.Provider>
    );
  }
  return (
    <FormatPreferencesContext.Provider value={formats}>
      <SessionContext.Provider value={session}>
        {/* Locked, the app stays mounted, so unsaved input survives, but nothing in it can be reached. */}
        <div inert={stored?.locked === true}>
          <HashRouter>
            <Shell />
          </HashRouter>
        </div>
        {stored?.locked ? (
          <LockScreen
            profile={session.profile}
            onUnlocked={() => update({ profileId: session.profile.id, locked: false })}
            onSwitchProfile={() => {
              // Someone else takes the window: what this officer left unsaved goes with them.
              void drafts.discardAllOf(session.profile.id);
              update(null);
            }}
          />
        ) : (
          <IdleLock minutes={session.workstation.idleLockMinutes} onIdle={session.lock} />
        )}
      </SessionContext.Provider>
    </FormatPreferencesContext.Provider>
  );
}
