/** Decides what this window shows: first-run set-up, sign-in, or the working app (with its lock). */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { DraftKeeper } from '../features/lock/draft-keeper';
import { HashRouter } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../data/context';
import { useStaffList, useWorkstationSettings } from '../data/hooks';
import { RecoveryKeyStep } from '../features/first-run/RecoveryKeyStep';
import { SealingProgress } from '../features/first-run/SealingProgress';
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
import { useSyncSession } from '../features/sync/context';
import { whenIdleAfter } from './when-idle';

/**
 * When work that can wait looks for an idle moment after sign-in or unlocking: once the first page is on screen
 * (some 0.6 s after signing in, at 10,000 cases and at 100,000, in the benchmark). Before that the window is
 * idle whenever the page waits for IndexedDB, and work begun then (sync's first round; the name index, which
 * reads every case's name entry and decrypts each) takes IndexedDB and the page's thread from it.
 */
const FIRST_PAGE_SHOWN_MS = 2000;
/** How long sync then waits at most for the window to be idle before it begins. */
const SYNC_START_WAIT_MS = 1000;
/** How long the opening of the name index then waits at most for the window to be idle. */
const NAME_INDEX_WAIT_MS = 1000;

/** The element holding every page: what a lock unmounts, and where its kept input goes back. */
const APP_ROOT = 'app-pages';

export function App() {
  const { t } = useTranslation();
  const settings = useWorkstationSettings();
  const staff = useStaffList();
  const { keyring, sealer, staff: staffRepository } = useRepositories();
  const [stored, setStored] = useState<StoredSession | null>(loadSession);
  const drafts = useDraftStore();
  // The data key lives in memory only: a reload, or a session flag copied into another window, opens nothing.
  const unlocked = useSyncExternalStore(
    (listener) => keyring.vault.subscribe(listener),
    () => keyring.vault.unlocked,
  );
  const signedInId = stored?.profileId;
  /**
   * What protection still asks of this window once signed in: the sealing of
   * records left in the clear, and the recovery key for a supervisor (it is
   * never shown to an officer). Tagged with what it was read for, so a stale
   * answer from before the sign-in shows nothing.
   */
  const protection = useLiveQuery(
    async () => ({
      readFor: `${unlocked}:${signedInId}`,
      sealing: unlocked && (await sealer.pending()),
      recoveryKeyIssued: await keyring.recoveryKeyIssued(),
    }),
    [keyring, sealer, unlocked, signedInId],
  );
  const current = protection?.readFor === `${unlocked}:${signedInId}` ? protection : undefined;

  // Unsaved input of the pages a lock unmounts, in memory only; typed back after unlocking.
  const [kept] = useState(() => new DraftKeeper());

  const update = useCallback(
    (next: StoredSession | null) => {
      if (next?.locked) kept.keep(document.getElementById(APP_ROOT));
      if (!next) kept.clear();
      if (!next || next.locked) staffRepository.forgetKey();
      saveSession(next);
      setStored(next);
    },
    [staffRepository, kept],
  );

  const profile = staff?.find((s) => s.id === stored?.profileId && s.active);
  // The recovery key is a supervisor's to keep; it waits until the records are sealed.
  const recoveryDue = unlocked && !stored?.locked && profile?.role === 'supervisor' && current !== undefined && !current.sealing && !current.recoveryKeyIssued;
  // Once shown to a supervisor, the step stays until they have confirmed it (or been told another window issued one first), and does not come back.
  const [recoveryStep, setRecoveryStep] = useState<{ profileId: string; done: boolean } | null>(null);
  if (recoveryDue && signedInId && recoveryStep?.profileId !== signedInId) setRecoveryStep({ profileId: signedInId, done: false });
  const showRecoveryStep = recoveryStep !== null && recoveryStep.profileId === signedInId && !recoveryStep.done;
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

  if (settings === undefined || staff === undefined || protection === undefined) {
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
  // Locked, or the key not in memory (a reload, or a workstation whose first sign-in since the upgrade makes the key): no page showing case data is mounted.
  const locked = stored?.locked === true || !unlocked;
  if (!locked) {
    if (!current) return <p role="status">{t('app.loading')}</p>;
    // Sealing first: it needs no one, and nothing stays in the clear while a supervisor reads the recovery key.
    if (current.sealing) return <SealingProgress recoveryKeyWaits={session.profile.role !== 'supervisor' && !current.recoveryKeyIssued} />;
    if (showRecoveryStep) return <RecoveryKeyStep profile={session.profile} onDone={() => setRecoveryStep({ profileId: session.profile.id, done: true })} />;
  }
  return (
    <FormatPreferencesContext.Provider value={formats}>
      <SessionContext.Provider value={session}>
        {locked ? null : (
          <div id={APP_ROOT}>
            <DraftReturn kept={kept} />
            <SyncForProfile profileId={session.profile.id} />
            <NameIndexOpener />
            <HashRouter>
              <Shell />
            </HashRouter>
          </div>
        )}
        {locked ? (
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

/**
 * Sync runs for the profile signed in to this window, while its pages are shown: a lock or a sign-out stops it.
 * It begins once the first page is on screen (the window idle), not beside the reads that page waits for.
 */
function SyncForProfile({ profileId }: { profileId: string }) {
  const sync = useSyncSession();
  useEffect(() => {
    // The kind of failure only, never what it was about; the Sync page still shows the state it reached.
    const report = (error: unknown) => console.error('Sync could not start or stop:', error instanceof Error ? error.name : typeof error);
    const cancel = whenIdleAfter(FIRST_PAGE_SHOWN_MS, () => void sync.begin(profileId).catch(report), SYNC_START_WAIT_MS);
    return () => {
      cancel();
      void sync.end().catch(report);
    };
  }, [sync, profileId]);
  return null;
}

/**
 * Opens the protected workstation's name index (vault/name-index.ts) once the first page is on screen and the
 * window idle: the first name search or name-sorted list then finds it ready, rather than opening every case's
 * name entry while the officer waits.
 */
function NameIndexOpener() {
  const { keyring } = useRepositories();
  useEffect(
    () =>
      whenIdleAfter(
        FIRST_PAGE_SHOWN_MS,
        () => {
          // A failure (the window locked meanwhile) costs nothing: the first name search or sort opens the index itself.
          if (keyring.vault.unlocked) keyring.vault.names().catch(() => undefined);
        },
        NAME_INDEX_WAIT_MS,
      ),
    [keyring],
  );
  return null;
}

/** Types a lock's kept input back once the pages are mounted again. */
function DraftReturn({ kept }: { kept: DraftKeeper }) {
  // Not cancelled on unmount: the restore ends by itself once the fields are back, or after a few seconds.
  useEffect(() => void kept.giveBack(document.getElementById(APP_ROOT)), [kept]);
  return null;
}
