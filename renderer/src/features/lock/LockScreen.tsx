/**
 * The locked window: the signed-in person's passphrase, over the app, which
 * stays mounted but inert underneath so nothing typed is lost. After
 * unlocking, focus goes back to where the person was.
 */
import { useEffect, useState } from 'react';
import type { Staff } from '../../../../shared/schemas/staff';
import { SignInPage } from '../first-run/SignInPage';
import './lock.css';

interface LockScreenProps {
  profile: Staff;
  onUnlocked: () => void;
  onSwitchProfile: () => void;
}

export function LockScreen({ profile, onUnlocked, onSwitchProfile }: LockScreenProps) {
  // Read while rendering, before the app underneath turns inert and loses focus.
  const [returnFocus] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    },
    [returnFocus],
  );

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="sign-in-title">
      <SignInPage profiles={[profile]} lockedProfile={profile} onSignedIn={onUnlocked} onSwitchProfile={onSwitchProfile} />
    </div>
  );
}
