/** Reassigning one case or the selected cases. */
export const reassign = {
  reassign: {
    button: 'Reassign…',
    legendOne: 'Reassign this case',
    legendMany_one: 'Reassign {{count}} selected case',
    legendMany_other: 'Reassign {{count}} selected cases',
    assignee: 'New assigned officer',
    unassigned: 'Unassigned',
    profileOption: '{{name, isolate}} — {{role}}',
    reason: 'Reason',
    reasonHint: 'Kept in the History of each case.',
    submit: 'Reassign',
    cancel: 'Cancel',
    doneTo_one: 'Case reassigned to {{name, isolate}}.',
    doneTo_other: '{{count}} cases reassigned to {{name, isolate}}.',
    doneUnassigned_one: 'Case is now unassigned.',
    doneUnassigned_other: '{{count}} cases are now unassigned.',
  },
};
