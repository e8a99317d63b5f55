/** Gives the screens the one sync session of this window, created in main.tsx. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncCounts, SyncSession, SyncView } from '../../data/sync-session';

export const SyncSessionContext = createContext<SyncSession | null>(null);

export function useSyncSession(): SyncSession {
  const session = useContext(SyncSessionContext);
  if (!session) throw new Error('useSyncSession outside SyncSessionContext');
  return session;
}

/** The session's view (set-up, account, replicator status, first pull), re-rendered as it changes. */
export function useSyncView(): SyncView {
  const session = useSyncSession();
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.current,
  );
}

const NO_COUNTS: SyncCounts = { waiting: 0, refused: 0, conflicts: 0 };

/** Waiting, refused and conflicting changes, live from this window and others. */
export function useSyncCounts(): SyncCounts {
  const session = useSyncSession();
  return useLiveQuery(() => session.counts(), [session]) ?? NO_COUNTS;
}

/** The cases with a conflict to review (their badge); none where no sync session is given (a table rendered on its own). */
export function useCasesWithConflicts(): ReadonlySet<string> {
  const session = useContext(SyncSessionContext);
  return useLiveQuery(async () => (session ? session.casesWithConflicts() : EMPTY), [session]) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();
