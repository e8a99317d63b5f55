/**
 * A page's cases as the rows a table shows (CaseRow, shared/domain/case-list.ts). On a protected workstation
 * a row's one sealed field, the full name, comes from the name index where it is open (vault/name-index.ts):
 * only the cases whose name it does not hold (an older entry, the index not opened yet) are decrypted. Opening
 * 50 cases cost a page of the list some 1.5 ms in Chromium, half again the 3-5 ms of its read.
 */
import type { CaseRow } from '../../../../shared/domain/case-list';
import type { Case } from '../../../../shared/schemas/case';
import type { HomewardDb } from '../db';
import { isSealed, openedAll } from './sealed-record';
import { vaultOf } from './vault';

export async function caseRows(db: HomewardDb, stored: readonly Case[]): Promise<CaseRow[]> {
  if (!stored.some(isSealed)) return [...stored];
  const names = await vaultOf(db).openNames();
  const named = new Map<string, string>();
  for (const c of stored) {
    const fullName = names?.fullNameOf(c.id);
    if (fullName !== undefined) named.set(c.id, fullName);
  }
  const opened = new Map((await openedAll(db, 'cases', stored.filter((c) => isSealed(c) && !named.has(c.id)))).map((c) => [c.id, c]));
  return stored.map((c) => opened.get(c.id) ?? namedRow(c, named.get(c.id)));
}

/** A sealed case's clear fields with the name the index gave; a case in the clear as it is. */
function namedRow(stored: Case, fullName: string | undefined): CaseRow {
  if (fullName === undefined) return stored;
  const { sealed: _envelope, ...clear } = stored as Case & { sealed: string };
  return { ...clear, person: { ...clear.person, fullName } };
}
