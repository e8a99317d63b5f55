/**
 * Who a case report is for, and so what it may hold. The internal report
 * holds the whole file. The family-facing one never holds the officers'
 * working notes (case notes, follow-ups, step references and notes), and
 * without a recorded consent to share updates it leaves out everything that
 * says where the citizen is or how to reach them: whereabouts, the contact
 * log, and the citizen's phone and messenger handle (DESIGN.md §3).
 */
import type { CasePath } from '../../../../shared/fields';
import type { Case } from '../../../../shared/schemas/case';

export type Audience = 'internal' | 'family';

export interface ReportContents {
  whereabouts: boolean;
  contactLog: boolean;
  contactDetails: boolean;
  workingNotes: boolean;
  /** True when something was left out for want of consent: the report says so. */
  withheldForConsent: boolean;
}

/** The fields that say how to reach the citizen: left out with `contactDetails` false. */
export const CONTACT_DETAILS: readonly CasePath[] = ['person.phone', 'person.messengerHandle'];

export function parseAudience(value: string | null): Audience {
  return value === 'family' ? 'family' : 'internal';
}

export function reportContents(audience: Audience, caseRecord: Pick<Case, 'reportedBy'>): ReportContents {
  if (audience === 'internal') return { whereabouts: true, contactLog: true, contactDetails: true, workingNotes: true, withheldForConsent: false };
  const consent = caseRecord.reportedBy.consentToShare;
  return { whereabouts: consent, contactLog: consent, contactDetails: consent, workingNotes: false, withheldForConsent: !consent };
}
