/**
 * Each case's derived values, recomputed by today's rules from the case, its
 * contact log and its follow-ups: the last step of every database upgrade,
 * and of restoring a backup made by an older version whose records have
 * today's shapes. Upgrades only reshape stored records and leave the rules to
 * this one step: a frozen copy of each era's rules in each upgrade would be
 * overwritten by the next era's anyway, and derived values are never more
 * than what today's rules say about the stored facts.
 */
import type { Transaction } from 'dexie';
import { caseActivity } from '../../../shared/domain/case-derived';
import { storedDerived } from './vault/sealed-record';
import type { Case } from '../../../shared/schemas/case';
import type { ContactEntry } from '../../../shared/schemas/contact';
import type { FollowUp } from '../../../shared/schemas/follow-up';

export async function recomputeDerived(tx: Transaction): Promise<void> {
  const derive = derivedFrom((await tx.table('contactLog').toArray()) as ContactEntry[], (await tx.table('followUps').toArray()) as FollowUp[]);
  await tx
    .table('cases')
    .toCollection()
    .modify((record: Case) => {
      record.derived = derive(record);
    });
}

/** The cases with their derived values recomputed from the given contact log and follow-ups. */
export function withDerived(cases: readonly Case[], entries: readonly ContactEntry[], followUps: readonly FollowUp[]): Case[] {
  const derive = derivedFrom(entries, followUps);
  return cases.map((record) => ({ ...record, derived: derive(record) }));
}

function derivedFrom(entries: readonly ContactEntry[], followUps: readonly FollowUp[]): (record: Case) => Case['derived'] {
  const entriesOf = byCase(entries);
  const followUpsOf = byCase(followUps);
  // A sealed case (protection at rest) keeps its hashed search entries: nothing can be opened here.
  return (record) => storedDerived(record, (core) => caseActivity(core, entriesOf.get(record.id) ?? [], followUpsOf.get(record.id) ?? []));
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
