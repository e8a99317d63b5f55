/** Why a change was not saved: the keys of the data layer's errors. */
export const errors = {
  errors: {
    staleWrite: 'This case was changed in another window after you opened it. Your changes were not saved. Reload to see the latest version, then make your changes again.',
    validation: 'Some fields are not valid. Nothing was saved.',
    notFound: 'This record no longer exists.',
    notSetUp: 'This workstation is not set up yet.',
    locked: 'The case files are locked. Sign in again to open them.',
    permissionDenied: 'Your profile may not do this. The attempt has been recorded; ask a supervisor if it is needed.',
    unexpected: 'Something went wrong and nothing was saved. Try again; if it keeps happening, tell your supervisor.',
  },
};
