/** Where a window goes when someone signs in: a supervisor's home is the dashboard, an officer's the case list. */
import type { Staff } from '../../../../shared/schemas/staff';

export const DASHBOARD_PATH = '/dashboard';

function isStart(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/';
}

/** A page of its own the window was opened at (a case, a filtered list): the first sign-in keeps it. */
let openedAt: string | null = isStart(window.location.hash) ? null : window.location.hash;

/** The address to go to after signing in, or null to stay where the window is. */
export function hashAfterSignIn(role: Staff['role']): string | null {
  if (openedAt !== null) {
    openedAt = null;
    return null;
  }
  return role === 'supervisor' ? `#${DASHBOARD_PATH}` : '#/';
}

/** Moves the window to the signed-in profile's home, before its pages are shown. */
export function goHomeAfterSignIn(role: Staff['role'] | undefined): void {
  const hash = role ? hashAfterSignIn(role) : null;
  if (hash !== null && window.location.hash !== hash) window.location.hash = hash;
}
