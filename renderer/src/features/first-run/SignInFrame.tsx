/** The frame of every sign-in card: locked, the app's own <main> is still underneath, so the card is a section of the lock dialog; otherwise it is the page. */
import type { ReactNode } from 'react';
import '../lock/lock.css';

export function SignInFrame({ locked, children }: { locked: boolean; children: ReactNode }) {
  if (locked) return <section className="sign-in">{children}</section>;
  return (
    <div className="sign-in-screen">
      <main id="main" className="sign-in" aria-labelledby="sign-in-title">
        {children}
      </main>
    </div>
  );
}
