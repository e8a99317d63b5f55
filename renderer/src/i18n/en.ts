/**
 * The English message catalogue. Taxonomy labels come from shared/taxonomy.ts
 * (their single source); every other user-facing string is here.
 */
import { VOCABULARIES } from '../../../shared/taxonomy';
import { TRANSITION_MESSAGES } from '../../../shared/domain/transitions';
import { casePage } from './en/case-page';
import { caseRecords } from './en/case-records';
import { caseList } from './en/case-list';
import { exchange } from './en/exchange';
import { supervisionA } from './en/supervision-a';
import { supervisionB } from './en/supervision-b';
import { reports } from './en/reports';
import { fields } from './en/fields';

function taxonomyMessages(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(VOCABULARIES).map(([name, vocabulary]) => [
      name,
      Object.fromEntries(vocabulary.terms.map((term) => [term.code, term.label])),
    ]),
  );
}

export const en = {
  app: {
    name: 'Homeward',
    tagline: 'Consular case tracker',
    skipToContent: 'Skip to main content',
    signedInAs: 'Signed in as {{name}} ({{role}})',
    mainNavigation: 'Main',
    loading: 'Loading…',
  },
  nav: {
    cases: 'Cases',
    newCase: 'New case',
    myFollowUps: 'My follow-ups',
    groups: 'Groups',
  },
  firstRun: {
    title: 'Who is using this workstation?',
    intro: 'Homeward keeps every case on this computer only. Set up the workstation and the first profile to begin.',
    profileLegend: 'Your profile',
    name: 'Your name',
    supervisorNote: 'The first profile is a supervisor: it adds the other profiles of this workstation.',
    passphrase: 'Passphrase',
    passphraseHint: 'At least 10 characters. A few unrelated words are easy to remember and hard to guess. It cannot be recovered: if it is lost, another supervisor must set a new one.',
    confirmPassphrase: 'Passphrase again',
    workstationLegend: 'This workstation',
    issuingCountry: 'Issuing country',
    issuingCountryHint: 'The country whose consulate uses this workstation. It starts every case reference.',
    postCode: 'Post short code',
    postCodeHint: 'Two to eight letters or digits for the consular post, for example MOW. References look like ZA-MOW-2026-0001.',
    submit: 'Start using Homeward',
  },
  signIn: {
    title: 'Sign in to Homeward',
    profile: 'Profile',
    passphrase: 'Passphrase',
    submit: 'Sign in',
    unlock: 'Unlock',
    switchProfile: 'Sign in as someone else',
    lockedTitle: 'Homeward is locked',
    lockedIntro: '{{name}}, type your passphrase to continue where you left off.',
    wrong: 'That passphrase is not right. Check it and try again.',
    wrongAndWait_one: 'That passphrase is not right. You can try again in {{count}} second.',
    wrongAndWait_other: 'That passphrase is not right. You can try again in {{count}} seconds.',
    locked_one: 'Too many wrong passphrases. Try again in {{count}} second.',
    locked_other: 'Too many wrong passphrases. Try again in {{count}} seconds.',
    inactive: 'This profile cannot sign in: it has been deactivated, or has no passphrase yet. Ask a supervisor.',
  },
  newCase: {
    title: 'New case',
    personLegend: 'Person',
    caseLegend: 'Case',
    reportedByLegend: 'Reported by',
    addOtherName: 'Add another name or spelling',
    removeOtherName: 'Remove “{{name}}”',
    otherNameN: 'Other name {{n}}',
    dateOfBirthHint: 'Year only (1994), year and month (1994-03) or the full date (1994-03-07). Leave empty if unknown.',
    nationalityHint: 'Type to search, then pick a country from the list.',
    phoneHint: 'A number without a country code is read as a number of the person’s country, or of this post’s country.',
    notes: 'Notes',
    save: 'Save case',
    cancel: 'Cancel',
    saved: 'Case {{reference}} saved.',
    errorSummary_one: 'There is {{count}} problem with this form. Each is shown next to its field.',
    errorSummary_other: 'There are {{count}} problems with this form. Each is shown next to its field.',
    choose: 'Choose…',
    notKnown: 'Not known',
  },
  validation: {
    required: 'Enter this field.',
    invalid: 'This value is not valid.',
    invalidDate: 'Enter a date as YYYY-MM-DD.',
    invalidPartialDate: 'Enter a year (1994), a year and month (1994-03) or a full date (1994-03-07).',
    dateInFuture: 'This date is in the future.',
    country: 'Choose a country from the list.',
    currency: 'Enter a three-letter currency code such as USD.',
    phone: 'Enter a valid phone number with its country code, for example +27 82 123 4567.',
    email: 'Enter a valid email address.',
    passport: 'Use only letters, digits, spaces and dashes.',
    passphraseTooShort: 'Use at least 10 characters.',
    passphraseMismatch: 'The two passphrases are not the same.',
    lastSupervisor: 'This is the last active supervisor: add or activate another supervisor first.',
    closureAlreadyRequested: 'Closure has already been requested for this case.',
    postCode: 'Use two to eight letters or digits.',
    reference: 'This is not a valid case reference.',
    tooLong: 'This is too long.',
    tooMany: 'There are too many entries.',
    choose: 'Choose one of the options.',
    amount: 'Enter an amount of zero or more.',
    steps: 'The repatriation steps are incomplete.',
  },
  errors: {
    staleWrite: 'This case was changed in another window after you opened it. Your changes were not saved. Reload to see the latest version, then make your changes again.',
    validation: 'Some fields are not valid. Nothing was saved.',
    notFound: 'This record no longer exists.',
    notSetUp: 'This workstation is not set up yet.',
    permissionDenied: 'Your profile may not do this. The attempt has been recorded; ask a supervisor if it is needed.',
    unexpected: 'Something went wrong and nothing was saved. Try again; if it keeps happening, tell your supervisor.',
  },
  transition: TRANSITION_MESSAGES,
  taxonomy: taxonomyMessages(),
  ...casePage,
  ...caseRecords,
  ...caseList,
  ...exchange,
  ...supervisionA,
  ...supervisionB,
  ...reports,
  ...fields,
};

export type Messages = typeof en;
