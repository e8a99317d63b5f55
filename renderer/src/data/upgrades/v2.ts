/**
 * Version 1 → 2: a case's derived values (name tokens, last contact) move
 * into `derived`, which gains match keys, sort keys, the next step, the
 * contact basis and the next follow-up date, computed from the case, its
 * contact log and its follow-ups.
 */
import type { Transaction } from 'dexie';
import { deriveCaseFields, type CaseCore } from '../../../../shared/domain/case-derived';
import { deriveContactState } from '../../../../shared/domain/contact-status';
import type { ContactEntry } from '../../../../shared/schemas/contact';
import type { FollowUp } from '../../../../shared/schemas/follow-up';
import { earliestOpenDue } from '../activity';

type CaseV1 = CaseCore & { nameTokens?: unknown; lastContactAt?: unknown; derived?: unknown };

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const entries = (await tx.table('contactLog').toArray()) as ContactEntry[];
  const followUps = (await tx.table('followUps').toArray()) as FollowUp[];
  const entriesByCase = groupBy(entries, (e) => e.caseId);
  const followUpsByCase = groupBy(followUps, (f) => f.caseId);
  await tx
    .table('cases')
    .toCollection()
    .modify((record: CaseV1) => {
      delete record.nameTokens;
      delete record.lastContactAt;
      record.derived = deriveCaseFields(record, {
        contact: deriveContactState(entriesByCase.get(record.id) ?? [], record.whereabouts.situation),
        nextFollowUpDue: earliestOpenDue(followUpsByCase.get(record.id) ?? []),
      });
    });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
