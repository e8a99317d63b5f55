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
    requiredNote: 'Only the person’s fields marked * are required. Fill in the other parts as far as the caller knows, or skip them: they can be added later on the case page.',
    section: {
      optional: 'Optional: open it to fill in what the caller knows.',
      filled: 'Holds input, which is saved with the case.',
    },
    draftRestored: 'The input you had not saved yet is back.',
    clearForm: 'Clear the form',
  },
};
