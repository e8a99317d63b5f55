/** The sign-in and unlock screen. */
export const signIn = {
  signIn: {
    title: 'Sign in to Homeward',
    profile: 'Profile',
    passphrase: 'Passphrase',
    submit: 'Sign in',
    unlock: 'Unlock',
    switchProfile: 'Sign in as someone else',
    lockedTitle: 'Homeward is locked',
    lockedIntro: '<name>{{name}}</name>, type your passphrase to continue where you left off.',
    wrong: 'That passphrase is not right. Check it and try again.',
    wrongAndWait_one: 'That passphrase is not right. You can try again in {{count}} second.',
    wrongAndWait_other: 'That passphrase is not right. You can try again in {{count}} seconds.',
    locked_one: 'Too many wrong passphrases. Try again in {{count}} second.',
    locked_other: 'Too many wrong passphrases. Try again in {{count}} seconds.',
    inactive: 'This profile cannot sign in: it has been deactivated, or has no passphrase yet. Ask a supervisor.',
  },
};
