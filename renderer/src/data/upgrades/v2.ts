/**
 * Version 1 → 2: a case's derived values (name tokens, last contact) move
 * into `derived`. The old top-level copies go; `derived` itself is computed by
 * the recompute that ends every upgrade (recompute-derived.ts).
 *
 * Upgrades import nothing but Dexie and types, so that what they do never
 * changes when today's rules do.
 */
import type { Transaction } from 'dexie';

interface CaseV1 {
  nameTokens?: unknown;
  lastContactAt?: unknown;
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((record: CaseV1) => {
      delete record.nameTokens;
      delete record.lastContactAt;
    });
}
