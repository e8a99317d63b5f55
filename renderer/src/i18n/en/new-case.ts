/** The New case form. */
export const newCase = {
  newCase: {
    title: 'New case',
    personLegend: 'Person',
    caseLegend: 'Case',
    reportedByLegend: 'Reported by',
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
