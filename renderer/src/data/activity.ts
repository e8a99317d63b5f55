/**
 * Recomputes what a case derives from its contact log and follow-ups. Runs
 * inside the transaction that changed an entry, so the case's derived values
 * never disagree with its log.
 */
import { deriveCaseFields, type CaseCore } from '../../../shared/domain/case-derived';
import { deriveContactState } from '../../../shared/domain/contact-status';
import type { FollowUp } from '../../../shared/schemas/follow-up';
import type { Clock } from './clock';
import type { HomewardDb } from './db';
import { RecordNotFoundError } from './errors';

/** The earliest due date among follow-ups that are neither done nor deleted. */
export function earliestOpenDue(followUps: readonly Pick<FollowUp, 'dueOn' | 'done' | 'deletedAt'>[]): string | null {
  let earliest: string | null = null;
  for (const f of followUps) {
    if (!f.done && f.deletedAt === null && (earliest === null || f.dueOn < earliest)) earliest = f.dueOn;
  }
  return earliest;
}

/**
 * Refreshes the case's activity-derived values. Not an edit of the case:
 * its version stays, so an officer's open section form is not made stale by
 * a contact logged meanwhile.
 */
export async function refreshCaseActivity(db: HomewardDb, clock: Clock, caseId: string): Promise<void> {
  const record = await db.cases.get(caseId);
  if (!record || record.deletedAt !== null) throw new RecordNotFoundError('case');
  const [entries, followUps] = await Promise.all([
    db.contactLog.where('caseId').equals(caseId).toArray(),
    db.followUps.where('caseId').equals(caseId).toArray(),
  ]);
  const { derived: _previous, ...core } = record;
  const derived = deriveCaseFields(core satisfies CaseCore, {
    contact: deriveContactState(entries, core.whereabouts.situation),
    nextFollowUpDue: earliestOpenDue(followUps),
  });
  await db.cases.put({ ...record, derived, updatedAt: clock.now() });
}
