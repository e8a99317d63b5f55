/**
 * Version 2 → 3: profiles gain a passphrase (none yet: each sets one at its
 * next sign-in), cases gain `closedAt` (from their history) and the derived
 * `open` and `activityAt` values the supervisor dashboard counts on.
 */
import type { Transaction } from 'dexie';
import { deriveCaseFields, activityOf, type CaseCore } from '../../../../shared/domain/case-derived';
import type { Case } from '../../../../shared/schemas/case';
import type { HistoryRecord } from '../../../../shared/schemas/history';

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('staff')
    .toCollection()
    .modify((profile: { passphrase?: unknown }) => {
      if (profile.passphrase === undefined) profile.passphrase = null;
    });
  const closings = new Map<string, string>();
  await tx
    .table('history')
    .filter((h: HistoryRecord) => h.entity === 'case' && h.field === 'status' && h.newValue === 'closed')
    .each((h: HistoryRecord) => {
      const previous = closings.get(h.entityId);
      if (previous === undefined || h.at > previous) closings.set(h.entityId, h.at);
    });
  await tx
    .table('cases')
    .toCollection()
    .modify((record: Omit<Case, 'closedAt'> & { closedAt?: string | null }) => {
      record.closedAt = record.status === 'closed' ? (closings.get(record.id) ?? record.updatedAt) : null;
      const { derived, ...core } = record as Case;
      record.derived = deriveCaseFields(core satisfies CaseCore, activityOf(derived));
    });
}
