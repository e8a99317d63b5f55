/**
 * The name order of the cases on a protected workstation (DESIGN.md §8): each
 * case stores its sort name sealed in its own small envelope, in the
 * `derived.sortName` index. At the first name-sorted list after sign-in the
 * index's keys alone are read and opened into memory; the list then walks
 * the cases in name order from here. Writes of this window keep it current
 * at once; after any write to the cases (this window's, another's, an
 * import) the index keys are read again and only the sort names whose sealed
 * key changed are opened (a count of the cases, to tell, would cost as much
 * as that read on every page).
 */
import type { HomewardDb } from '../db';
import { CASE_INDEX } from '../indexes';
import type { Vault } from './vault';

/** Marks a sealed sort name in the index: a folded name never begins with this control character. */
export const SEALED_SORT_NAME = '\u0001';

export const sortNameContext = (id: string) => `cases.sortName:${id}`;

interface Entry {
  /** The index key it was opened from; empty for a name this window wrote (opened again at the next reload). */
  key: string;
  name: string;
}

export class NameIndex {
  private readonly names = new Map<string, Entry>();
  private order: string[] | null = null;

  /**
   * Reads the sealed sort names from the index keys alone and opens them;
   * given the index loaded before, opens only the keys it did not hold.
   */
  static async load(db: HomewardDb, vault: Vault, previous?: NameIndex): Promise<NameIndex> {
    const index = new NameIndex();
    const keys: [string, string][] = [];
    await db.cases.orderBy(CASE_INDEX.sortName).eachKey((key, cursor) => {
      keys.push([cursor.primaryKey as string, key as string]);
    });
    const opened = await Promise.all(
      keys.map(([id, key]) => {
        const known = previous?.names.get(id);
        if (known?.key === key) return known.name;
        return key.startsWith(SEALED_SORT_NAME) ? vault.open<string>(sortNameContext(id), key.slice(1)) : key;
      }),
    );
    keys.forEach(([id, key], i) => index.names.set(id, { key, name: opened[i]! }));
    return index;
  }

  get size(): number {
    return this.names.size;
  }

  nameOf(id: string): string {
    return this.names.get(id)?.name ?? '';
  }

  set(id: string, sortName: string): void {
    if (this.names.get(id)?.name === sortName) return;
    this.names.set(id, { key: '', name: sortName });
    this.order = null;
  }

  /** Every case id in name order (ties by id, as the index orders them). */
  ids(descending: boolean): readonly string[] {
    this.order ??= [...this.names].map(([id, { name }]) => [id, name] as const).sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1)).map(([id]) => id);
    return descending ? [...this.order].reverse() : this.order;
  }
}
