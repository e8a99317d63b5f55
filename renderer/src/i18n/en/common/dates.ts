/** Date and date-time fields: how the post writes a date, and what a field says when a typed date cannot be one. */
export const dates = {
  dates: {
    /** The letters a format is shown with: dd/mm/yyyy hh:mm. */
    symbols: { day: 'dd', month: 'mm', year: 'yyyy', hour: 'hh', minute: 'mm' },
    hint: 'Format: {{pattern}}.',
    partialHint: 'The year ({{year}}), the month and year ({{monthYear}}) or the full date ({{full}}). Leave empty if unknown.',
    unreadable: 'Type “{{field}}” as {{pattern}}.',
    impossible: '“{{field}}”: {{typed}} is not a date on the calendar.',
    calendar: 'Choose on a calendar',
  },
};
