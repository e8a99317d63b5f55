/**
 * The locked window: the signed-in person's passphrase, and nothing else.
 * The pages are unmounted while locked (no case data stays in the page,
 * DESIGN.md §8); what was typed in them, and where focus was, come back after
 * unlocking from the draft keeper (draft-keeper.ts).
 */
import type { Staff } from '../../../../shared/schemas/staff';
import { SignInPage } from '../first-run/SignInPage';
import './lock.css';

interface LockScreenProps {
  profile: Staff;
  onUnlocked: () => void;
  onSwitchProfile: () => void;
}

export function LockScreen({ profile, onUnlocked, onSwitchProfile }: LockScreenProps) {
  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="sign-in-title">
      <SignInPage profiles={[profile]} lockedProfile={profile} onSignedIn={onUnlocked} onSwitchProfile={onSwitchProfile} />
    </div>
  );
}
