/**
 * Version 4 → 5: a case's recruitment gains `channelOther` and
 * `platformOther`, the text an open list's "Other" stands for (an import's
 * "YouTube"). Cases stored before had no such text: they get the empty value.
 *
 * Upgrades import nothing but Dexie and types, so that what they do never
 * changes when today's rules do.
 */
import type { Transaction } from 'dexie';

interface CaseV4 {
  recruitment: { channelOther?: string; platformOther?: string };
}

export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((record: CaseV4) => {
      record.recruitment.channelOther ??= '';
      record.recruitment.platformOther ??= '';
    });
}
