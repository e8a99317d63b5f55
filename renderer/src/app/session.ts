/** Who is signed in on this window and the workstation's settings. */
import { createContext, useContext } from 'react';
import type { Staff } from '../../../shared/schemas/staff';
import type { WorkstationSettings } from '../../../shared/schemas/settings';

export interface Session {
  profile: Staff;
  workstation: WorkstationSettings;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

/** The profile last used in this browser profile: a record key, not personal data. */
const PROFILE_KEY = 'homeward.profileId';

export function rememberedProfileId(): string | null {
  return localStorage.getItem(PROFILE_KEY);
}

export function rememberProfileId(id: string): void {
  localStorage.setItem(PROFILE_KEY, id);
}
