/** Who is signed in on this window and the workstation's settings. */
import { createContext, useContext } from 'react';
import type { Staff } from '../../../shared/schemas/staff';
import type { WorkstationSettings } from '../../../shared/schemas/settings';

export interface Session {
  profile: Staff;
  workstation: WorkstationSettings;
  /** Locks the window now: the passphrase is asked again, nothing typed is lost. */
  lock(): void;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
