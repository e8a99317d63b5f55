/** The workstation settings page. */
export const settings = {
  workstationSettings: {
    nav: 'Settings',
    title: 'Settings',
    intro: 'These settings apply to everyone who uses this workstation. Every change is recorded in History.',
    casesLegend: 'Cases',
    contactLostDays: 'Contact lost after (days)',
    contactLostDaysHint: 'A case with no successful contact for this many days shows the contact status “Contact lost”. From 1 to 365 days.',
    lockingLegend: 'Locking',
    idleLockMinutes: 'Lock after no activity for (minutes)',
    idleLockMinutesHint: 'A window nobody has used for this many minutes locks itself, and asks for the passphrase to continue. From 1 to 240 minutes.',
    save: 'Save settings',
    saved: 'Settings saved.',
    referencesTitle: 'Case references',
    referencesNote: 'The issuing country and the post short code start every case reference. They were chosen when the workstation was set up and cannot be changed here: new references would no longer follow those already given to families and authorities.',
    issuingCountry: 'Issuing country',
    postCode: 'Post short code',
    referenceExample: 'References look like',
  },
};
