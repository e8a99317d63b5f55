/**
 * Records as older versions of the database stored them, written out by hand
 * (never built by today's code), for the upgrade tests.
 */
export const ACTOR = '0b7c6a3e-1d2f-4a5b-8c9d-0e1f2a3b4c5d';

const STEP_CODES = [
  'identity_verified',
  'family_informed',
  'whereabouts_confirmed',
  'release_requested',
  'release_confirmed',
  'travel_document_issued',
  'exit_arranged',
  'travel_funded',
  'departed',
  'arrived_home',
  'referred_for_support',
  'follow_up_complete',
];

/** The fields every version of a case has had, as version 1 stored them. */
export function caseFacts(id: string, reference: string, fullName: string, otherNames: string[]) {
  return {
    id,
    reference,
    status: 'reported',
    closureReason: null,
    priority: 'high',
    assigneeId: null,
    groupIds: [],
    openedOn: '2026-01-10',
    flags: [],
    person: {
      fullName,
      otherNames,
      dateOfBirth: '1994-03-07',
      sex: 'male',
      nationality: 'KZ',
      passportNumber: 'A12345678',
      nationalIdNumber: '',
      homeTown: 'Soweto',
      languages: ['Zulu', 'English'],
      phone: '',
      messengerHandle: '',
    },
    reportedBy: { name: 'Nomsa Dlamini', relationship: 'Sister', phone: '', email: '', reportedOn: '2026-01-09', consentToShare: false },
    whereabouts: { situation: 'deployed', country: null, place: '', militaryUnit: '', lastKnownOn: null },
    recruitment: { methods: [], channel: null, platform: null, promisedJob: '', promisedPay: { amount: null, currency: null, perMonth: true }, recruiterName: '', leftHomeOn: null, route: [], contractSignedOn: null, contractLanguage: '', contractTranslated: 'unknown', trainingLength: '' },
    steps: STEP_CODES.map((step) => ({ step, state: 'not_started', date: null, reference: '', note: '' })),
    notes: '',
    possibleDuplicateOf: [],
    createdAt: '2026-01-10T09:00:00.000Z',
    createdBy: ACTOR,
    updatedAt: '2026-01-10T09:00:00.000Z',
    updatedBy: ACTOR,
    version: 1,
    deletedAt: null,
  };
}

export const META = { createdAt: '2026-01-11T09:00:00.000Z', createdBy: ACTOR, updatedAt: '2026-01-11T09:00:00.000Z', updatedBy: ACTOR, version: 1, deletedAt: null };

/** What version 5 adds to a case's recruitment (upgrades/v5.ts): no text for an open list's Other. */
export const V5_RECRUITMENT = { channelOther: '', platformOther: '' };

/** Derived values of an open, never-contacted case as versions 3 and later stored them, for the given name keys. */
export function derivedOpenCase(nameTokens: string[], matchKeys: string[], sortName: string) {
  return {
    nameTokens,
    matchKeys,
    sortName,
    statusRank: 0,
    nextStep: 'identity_verified',
    contactBasis: 'not_contacted',
    lastContactAt: null,
    lastAttemptAt: null,
    nextFollowUpDue: null,
    open: 1,
    activityAt: '2026-01-10T00:00:00.000Z',
  };
}
