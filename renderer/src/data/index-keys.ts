/**
 * The primary keys of one index range, read within the caller's Dexie
 * transaction through the table's DBCore: the layer every Dexie query ends
 * in, with Dexie's middlewares, so a live query still observes the range.
 *
 * Why not `where(...).primaryKeys()`: a search by reference or passport
 * number is three such reads and a `get` of a case or two, well under a
 * millisecond of IndexedDB; the Collection API adds scoped promises and a
 * table check to each read, together about a tenth of a millisecond in
 * Chromium, which the benchmark's search figures showed (DESIGN.md §7: ≤ 2×
 * the raw read).
 */
import Dexie, { type DBCoreKeyRange, type DBCoreRangeType, type DBCoreTransaction, type IndexableType, type Table } from 'dexie';

/** An index range: the keys that begin with a text, or one key. */
export type IndexRange = { prefix: string } | { equals: IndexableType };

// Dexie's own upper bound of `startsWith` (its `maxString`): every key beginning with the prefix sorts below it.
const AFTER_PREFIX = String.fromCharCode(65535);

export async function indexKeys(table: Table, index: string, range: IndexRange): Promise<Set<string>> {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error(`indexKeys(${table.name}.${index}) needs a transaction: its reads would otherwise each open one`);
  const core = table.core;
  const found = core.schema.getIndexByKeyPath(index);
  if (!found) throw new Error(`${table.name} has no index on ${index}`);
  const { result } = await core.query({
    // Dexie types it as IndexedDB's own; it is the transaction Dexie's DBCore made, as its own queries pass it down.
    trans: transaction.idbtrans as unknown as DBCoreTransaction,
    values: false,
    query: { index: found, range: keyRange(range) },
  });
  return new Set(result as string[]);
}

function keyRange(range: IndexRange): DBCoreKeyRange {
  if ('equals' in range) return { type: 1 as DBCoreRangeType.Equal, lower: range.equals, upper: range.equals };
  return { type: 2 as DBCoreRangeType.Range, lower: range.prefix, upper: range.prefix + AFTER_PREFIX, lowerOpen: false, upperOpen: false };
}
