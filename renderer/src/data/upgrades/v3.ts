/**
 * Version 2 → 3: profiles gain a passphrase (none yet: each sets one at its
 * next sign-in), cases gain `closedAt` (from their history). The derived
 * `open` and `activityAt` values the supervisor dashboard counts on come from
 * the recompute that ends every upgrade (recompute-derived.ts).
 *
 * Upgrades import nothing but Dexie and types, so that what they do never
 * changes when today's rules do.
 */
import type { Transaction } from 'dexie';

interface ClosingV2 {
  entity: string;
  entityId: string;
  field: string | null;
  newValue: unknown;
  at: string;
}

interface CaseV2 {
  id: string;
  status: string;
  updatedAt: string;
  closedAt?: string | null;
}

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
    .filter((h: ClosingV2) => h.entity === 'case' && h.field === 'status' && h.newValue === 'closed')
    .each((h: ClosingV2) => {
      const previous = closings.get(h.entityId);
      if (previous === undefined || h.at > previous) closings.set(h.entityId, h.at);
    });
  await tx
    .table('cases')
    .toCollection()
    .modify((record: CaseV2) => {
      record.closedAt = record.status === 'closed' ? (closings.get(record.id) ?? record.updatedAt) : null;
    });
}
