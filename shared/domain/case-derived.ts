/** Computes the derived values a case stores for its indexes (see CaseDerivedSchema). */
import { CaseStatus } from '../taxonomy';
import type { Case, CaseDerived } from '../schemas/case';
import type { FollowUp } from '../schemas/follow-up';
import { deriveContactState, type ContactState, type LogEntry } from './contact-status';
import { nameMatchKeys } from './duplicates';
import { foldText, nameTokensOf } from './name-tokens';
import { deriveNextStep } from './next-step';

export type CaseCore = Omit<Case, 'derived'>;

export interface CaseActivity {
  contact: ContactState;
  /** Earliest due date of the case's open follow-ups. */
  nextFollowUpDue: string | null;
}

export const NO_ACTIVITY: CaseActivity = {
  contact: { basis: 'not_contacted', lastSuccessfulAt: null, lastAttemptAt: null },
  nextFollowUpDue: null,
};

/** The earliest due date among follow-ups that are neither done nor deleted. */
export function earliestOpenDue(followUps: readonly Pick<FollowUp, 'dueOn' | 'done' | 'deletedAt'>[]): string | null {
  let earliest: string | null = null;
  for (const f of followUps) {
    if (!f.done && f.deletedAt === null && (earliest === null || f.dueOn < earliest)) earliest = f.dueOn;
  }
  return earliest;
}

/** What a case's contact log and follow-ups say about it. */
export function caseActivity(core: Pick<CaseCore, 'whereabouts'>, entries: readonly LogEntry[], followUps: readonly Pick<FollowUp, 'dueOn' | 'done' | 'deletedAt'>[]): CaseActivity {
  return { contact: deriveContactState(entries, core.whereabouts.situation), nextFollowUpDue: earliestOpenDue(followUps) };
}

export function deriveCaseFields(core: CaseCore, activity: CaseActivity): CaseDerived {
  const names = [core.person.fullName, ...core.person.otherNames];
  const contactBasis = core.whereabouts.situation === 'confirmed_dead' ? 'deceased' : activity.contact.basis;
  return {
    nameTokens: nameTokensOf(names),
    matchKeys: nameMatchKeys(names),
    sortName: foldText(core.person.fullName),
    statusRank: CaseStatus.codes.indexOf(core.status),
    nextStep: deriveNextStep(core.steps),
    contactBasis,
    lastContactAt: activity.contact.lastSuccessfulAt,
    lastAttemptAt: activity.contact.lastAttemptAt,
    nextFollowUpDue: activity.nextFollowUpDue,
    open: core.status === 'closed' ? 0 : 1,
    activityAt: activity.contact.lastSuccessfulAt ?? `${core.openedOn}T00:00:00.000Z`,
  };
}

/** The activity part of derived values already stored on a case. */
export function activityOf(derived: CaseDerived): CaseActivity {
  return {
    contact: {
      basis: derived.contactBasis,
      lastSuccessfulAt: derived.lastContactAt,
      lastAttemptAt: derived.lastAttemptAt,
    },
    nextFollowUpDue: derived.nextFollowUpDue,
  };
}
