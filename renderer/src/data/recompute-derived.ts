/**
 * The last step of every database upgrade: each case's derived values,
 * recomputed by today's rules from the case, its contact log and its
 * follow-ups. Upgrades only reshape stored records and leave the rules to
 * this one step: a frozen copy of each era's rules in each upgrade would be
 * overwritten by the next era's anyway, and derived values are never more
 * than what today's rules say about the stored facts.
 */
import type { Transaction } from 'dexie';
import { caseActivity, deriveCaseFields, type CaseCore } from '../../../shared/domain/case-derived';
import type { Case } from '../../../shared/schemas/case';
import type { ContactEntry } from '../../../shared/schemas/contact';
import type { FollowUp } from '../../../shared/schemas/follow-up';

export async function recomputeDerived(tx: Transaction): Promise<void> {
  const entries = byCase((await tx.table('contactLog').toArray()) as ContactEntry[]);
  const followUps = byCase((await tx.table('followUps').toArray()) as FollowUp[]);
  await tx
    .table('cases')
    .toCollection()
    .modify((record: Case) => {
      const { derived: _previous, ...core } = record;
      record.derived = deriveCaseFields(core satisfies CaseCore, caseActivity(core, entries.get(record.id) ?? [], followUps.get(record.id) ?? []));
    });
}

function byCase<T extends { caseId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.caseId);
    if (list) list.push(item);
    else groups.set(item.caseId, [item]);
  }
  return groups;
}
