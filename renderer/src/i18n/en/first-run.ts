/** The first-run screen: the first supervisor profile and the workstation. */
export const firstRun = {
  firstRun: {
    title: 'Who is using this workstation?',
    language: 'Language',
    languageHint: 'This screen changes at once. It is the language of the sign-in screen and of your profile; every profile can choose its own later.',
    intro: 'Homeward keeps every case on this computer only. Set up the workstation and the first profile to begin.',
    dataGone: 'The case files are encrypted with a key that only the profiles’ passphrases and a recovery key shown next can open. If every passphrase and the recovery key are forgotten, the data is gone: nobody can recover it.',
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
};
