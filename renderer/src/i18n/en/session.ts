/** The signed-in session: locking, signing out, and pages a profile may not open. */
export const session = {
  session: {
    lock: 'Lock',
    signOut: 'Sign out',
    myPassphrase: 'Change my passphrase',
    myProfile: 'My profile',
    menu: 'Profile menu of {{name}}',
    sessionControls: 'Your session',
    noPassphrase: 'This profile has no passphrase yet, so it cannot sign in. A supervisor sets one on the Profiles page.',
    noPassphraseOption: '{{name, isolate}} — {{role}} (no passphrase yet)',
    notPermittedTitle: 'For supervisors only',
    notPermitted: 'Your profile cannot open this page. Ask a supervisor if you need something from it.',
  },
};
