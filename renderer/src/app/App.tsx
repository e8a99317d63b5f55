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
import { Shell } from './Shell';

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

  if (settings === undefined || staff === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }
  if (settings.value === null || staff.length === 0) {
    return <FirstRunPage onDone={(profileId) => update({ profileId, locked: false })} />;
  }
  if (!session) {
    return (
      <SignInPage
        profiles={staff.filter((s) => s.active)}
        onSignedIn={(profileId) => {
          goHomeAfterSignIn(staff.find((s) => s.id === profileId)?.role);
          update({ profileId, locked: false });
        }}
      />
    );
  }
  return (
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
  );
}
