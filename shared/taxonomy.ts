/**
 * Every controlled vocabulary of DESIGN.md §3: a stable machine code (stored,
 * exported, never renamed) and the English display label (the message
 * catalogue's default; other languages translate by code). HTCDS v2 mappings
 * are kept beside the codes so exports can be mapped to the UN standard.
 */

interface Term<C extends string> {
  readonly code: C;
  readonly label: string;
}

/**
 * An open vocabulary names the code a value outside the list becomes (its
 * "Other"): the value is kept as text beside the code, never refused. A
 * closed vocabulary (no `open`) refuses anything outside the list.
 */
function vocabulary<const T extends readonly Term<string>[]>(terms: T, options: { open?: T[number]['code'] } = {}) {
  type Code = T[number]['code'];
  const codes = terms.map((t) => t.code) as unknown as readonly [Code, ...Code[]];
  return { terms, codes, open: options.open ?? null };
}

export const CaseStatus = vocabulary([
  { code: 'reported', label: 'Reported' },
  { code: 'verifying', label: 'Verifying' },
  { code: 'locating', label: 'Locating' },
  { code: 'in_contact', label: 'In contact' },
  { code: 'repatriation', label: 'Repatriation in progress' },
  { code: 'returned', label: 'Returned' },
  { code: 'closed', label: 'Closed' },
]);

export type CaseStatusCode = (typeof CaseStatus.codes)[number];

export const ClosureReason = vocabulary([
  { code: 'returned_settled', label: 'Returned and settled' },
  { code: 'declined_assistance', label: 'Declined assistance' },
  { code: 'deceased', label: 'Deceased' },
  { code: 'duplicate', label: 'Duplicate' },
  { code: 'referred_elsewhere', label: 'Referred elsewhere' },
]);

export type ClosureReasonCode = (typeof ClosureReason.codes)[number];

export const Priority = vocabulary([
  { code: 'critical', label: 'Critical' },
  { code: 'high', label: 'High' },
  { code: 'normal', label: 'Normal' },
]);

export const Sex = vocabulary([
  { code: 'male', label: 'Male' },
  { code: 'female', label: 'Female' },
  { code: 'other', label: 'Other' },
  { code: 'unknown', label: 'Unknown' },
]);

export const CurrentSituation = vocabulary([
  { code: 'unknown', label: 'Unknown' },
  { code: 'in_training', label: 'In training' },
  { code: 'deployed', label: 'Deployed at the front' },
  { code: 'injured', label: 'Injured or in hospital' },
  { code: 'detained', label: 'Detained by authorities' },
  { code: 'prisoner_of_war', label: 'Prisoner of war' },
  { code: 'escaped', label: 'Escaped or in transit' },
  { code: 'returned_home', label: 'Returned home' },
  { code: 'reported_dead', label: 'Reported dead' },
  { code: 'confirmed_dead', label: 'Confirmed dead' },
]);

export type CurrentSituationCode = (typeof CurrentSituation.codes)[number];

export const RecruitmentMethod = vocabulary([
  { code: 'false_job_offer', label: 'False job offer' },
  { code: 'misrepresented_contract', label: 'Misrepresented contract (signed without translation)' },
  { code: 'promise_of_status', label: 'Promise of citizenship, visa or residence' },
  { code: 'cash_inducement', label: 'Cash bonus or salary inducement (bribery)' },
  { code: 'threat_of_deportation', label: 'Threat of deportation, prison or visa revocation (blackmail)' },
  { code: 'threat_of_citizenship_revocation', label: 'Threat of citizenship revocation' },
  { code: 'recruitment_debt', label: 'Recruitment fee or debt' },
  { code: 'documents_withheld', label: 'Documents withheld' },
  { code: 'threats_to_family', label: 'Threats to family' },
  { code: 'voluntary', label: 'Voluntary, informed enlistment' },
  { code: 'unknown', label: 'Unknown' },
]);
export type RecruitmentMethodCode = (typeof RecruitmentMethod.codes)[number];

/** HTCDS v2 `vic_MethodsOfControl` value for each method, where the standard has one. */
export const RECRUITMENT_METHOD_HTCDS: Readonly<Record<RecruitmentMethodCode, string | null>> = {
  false_job_offer: 'FalsePromises',
  misrepresented_contract: 'FalsePromises',
  promise_of_status: 'FalsePromises',
  cash_inducement: null,
  threat_of_deportation: 'ThreatsLawEnforcement',
  threat_of_citizenship_revocation: 'ThreatsLawEnforcement',
  recruitment_debt: 'DebtBondage',
  documents_withheld: 'WithholdsDocuments',
  threats_to_family: 'ThreatensChildrenFamily',
  voluntary: null,
  unknown: null,
};

export const RecruitmentChannel = vocabulary([
  { code: 'social_network_post', label: 'Social network post' },
  { code: 'messenger_channel', label: 'Messenger channel' },
  { code: 'online_job_advert', label: 'Online job advert' },
  { code: 'recruitment_agent', label: 'Recruitment agent or agency' },
  { code: 'friend_or_family', label: 'Friend or family' },
  { code: 'workplace_abroad', label: 'At a workplace abroad' },
  { code: 'other', label: 'Other' },
  { code: 'unknown', label: 'Unknown' },
], { open: 'other' });

export const Platform = vocabulary([
  { code: 'vkontakte', label: 'VKontakte' },
  { code: 'telegram', label: 'Telegram' },
  { code: 'whatsapp', label: 'WhatsApp' },
  { code: 'tiktok', label: 'TikTok' },
  { code: 'facebook', label: 'Facebook' },
  { code: 'instagram', label: 'Instagram' },
  { code: 'other', label: 'Other' },
], { open: 'other' });

export const TriState = vocabulary([
  { code: 'yes', label: 'Yes' },
  { code: 'no', label: 'No' },
  { code: 'unknown', label: 'Unknown' },
]);

export const ContactDirection = vocabulary([
  { code: 'outgoing', label: 'Outgoing' },
  { code: 'incoming', label: 'Incoming' },
]);

export const ContactChannel = vocabulary([
  { code: 'phone', label: 'Phone' },
  { code: 'whatsapp', label: 'WhatsApp' },
  { code: 'telegram', label: 'Telegram' },
  { code: 'signal', label: 'Signal' },
  { code: 'email', label: 'Email' },
  { code: 'in_person', label: 'In person' },
  { code: 'via_family', label: 'Via family' },
  { code: 'via_icrc', label: 'Via ICRC' },
  { code: 'via_coordination_hq', label: "Via Ukraine's Coordination Headquarters" },
  { code: 'via_host_authorities', label: 'Via host authorities (diplomatic note)' },
  { code: 'other', label: 'Other' },
], { open: 'other' });

export const ContactWith = vocabulary([
  { code: 'citizen', label: 'The citizen' },
  { code: 'family', label: 'Family' },
  { code: 'authority', label: 'Authority' },
  { code: 'ngo', label: 'NGO' },
]);

export type ContactWithCode = (typeof ContactWith.codes)[number];

export const ContactOutcome = vocabulary([
  { code: 'reached', label: 'Reached' },
  { code: 'no_answer', label: 'No answer' },
  { code: 'message_left', label: 'Message left' },
  { code: 'proof_of_life', label: 'Proof of life' },
  { code: 'refused_help', label: 'Refused help' },
  { code: 'wrong_number', label: 'Wrong number' },
]);

export type ContactOutcomeCode = (typeof ContactOutcome.codes)[number];

export const ContactStatus = vocabulary([
  { code: 'not_contacted', label: 'Not yet contacted' },
  { code: 'attempting', label: 'Attempting contact' },
  { code: 'in_contact', label: 'In contact' },
  { code: 'contact_lost', label: 'Contact lost' },
  { code: 'declines', label: 'Declines assistance' },
  { code: 'deceased', label: 'Deceased' },
]);

export type ContactStatusCode = (typeof ContactStatus.codes)[number];

export const StepState = vocabulary([
  { code: 'not_started', label: 'Not started' },
  { code: 'in_progress', label: 'In progress' },
  { code: 'done', label: 'Done' },
  { code: 'blocked', label: 'Blocked' },
  { code: 'not_applicable', label: 'Not applicable' },
]);

export type StepStateCode = (typeof StepState.codes)[number];

/** The repatriation checklist, in order (DESIGN.md §3). */
export const RepatriationStep = vocabulary([
  { code: 'identity_verified', label: 'Identity and nationality verified' },
  { code: 'family_informed', label: 'Family informed (privacy waiver respected)' },
  { code: 'whereabouts_confirmed', label: 'Whereabouts confirmed / proof of life' },
  { code: 'release_requested', label: 'Release or consular access requested (diplomatic note reference)' },
  { code: 'release_confirmed', label: 'Discharge, release or prisoner exchange confirmed' },
  { code: 'travel_document_issued', label: 'Emergency travel document issued' },
  { code: 'exit_arranged', label: 'Exit permission and route arranged' },
  { code: 'travel_funded', label: 'Travel funded (family / state / repatriation loan)' },
  { code: 'departed', label: 'Departed' },
  { code: 'arrived_home', label: 'Arrived home' },
  { code: 'referred_for_support', label: 'Referred for support (medical, psychosocial, trafficking-victim services, police statement)' },
  { code: 'follow_up_complete', label: 'Follow-up complete' },
]);

export type RepatriationStepCode = (typeof RepatriationStep.codes)[number];

export const StaffRole = vocabulary([
  { code: 'officer', label: 'Consular officer' },
  { code: 'supervisor', label: 'Supervisor' },
]);

export const CaseFlag = vocabulary([
  { code: 'minor', label: 'Minor' },
  { code: 'medical_urgent', label: 'Urgent medical need' },
  { code: 'media_attention', label: 'Media attention' },
  { code: 'trafficking_victim', label: 'Possible trafficking victim' },
  { code: 'possible_duplicate', label: 'Possible duplicate' },
]);

/** Every vocabulary by name: the message catalogue and CSV import look labels up here. */
export const VOCABULARIES = {
  caseStatus: CaseStatus,
  closureReason: ClosureReason,
  priority: Priority,
  sex: Sex,
  currentSituation: CurrentSituation,
  recruitmentMethod: RecruitmentMethod,
  recruitmentChannel: RecruitmentChannel,
  platform: Platform,
  triState: TriState,
  contactDirection: ContactDirection,
  contactChannel: ContactChannel,
  contactWith: ContactWith,
  contactOutcome: ContactOutcome,
  contactStatus: ContactStatus,
  stepState: StepState,
  repatriationStep: RepatriationStep,
  staffRole: StaffRole,
  caseFlag: CaseFlag,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;

/** The code an unknown value of the vocabulary becomes, or null when the vocabulary is closed. */
export function openCodeOf(name: VocabularyName): string | null {
  return VOCABULARIES[name].open;
}
