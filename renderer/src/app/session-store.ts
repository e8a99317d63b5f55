/**
 * The signed-in profile of this window, kept in sessionStorage so a reload
 * of the same window stays signed in (and stays locked if it was locked);
 * another window, or the app started again, asks for the passphrase.
 * It holds a record key and a flag, no personal data and no secret.
 */
const KEY = 'homeward.session';

export interface StoredSession {
  profileId: string;
  locked: boolean;
}

export function loadSession(): StoredSession | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (value && typeof value === 'object' && 'profileId' in value && typeof value.profileId === 'string') {
      return { profileId: value.profileId, locked: 'locked' in value && value.locked === true };
    }
  } catch {
    // An unreadable entry is treated as no session: the person signs in again.
  }
  return null;
}

export function saveSession(session: StoredSession | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
