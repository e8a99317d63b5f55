/** The New case form. */
export const newCase = {
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
  },
};
