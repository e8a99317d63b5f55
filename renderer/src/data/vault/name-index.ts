/**
 * The name order of the cases on a protected workstation (DESIGN.md §8): each
 * case stores its sort name sealed in its own small envelope, in the
 * `derived.sortName` index. At the first name-sorted list after sign-in the
 * index's keys alone are read and opened into memory; the list then walks
 * the cases in name order from here. The vault reads again the sort names
 * of the cases any window wrote since (Vault.names).
 */
import type { HomewardDb } from '../db';
import { CASE_INDEX } from '../indexes';
import type { Vault } from './vault';

/** Marks a sealed sort name in the index: a folded name never begins with this control character. */
export const SEALED_SORT_NAME = '\u0001';

export const sortNameContext = (id: string) => `cases.sortName:${id}`;

/** A case's sort name from its index key: sealed on a protected workstation, in the clear on records not yet sealed. */
function openSortName(vault: Vault, id: string, key: string): Promise<string> | string {
  return key.startsWith(SEALED_SORT_NAME) ? vault.open<string>(sortNameContext(id), key.slice(1)) : key;
}

export class NameIndex {
  private readonly names = new Map<string, string>();
  private order: string[] | null = null;

  /** Reads the sealed sort names from the index keys alone and opens them. */
  static async load(db: HomewardDb, vault: Vault): Promise<NameIndex> {
    const index = new NameIndex();
    const keys: [string, string][] = [];
    await db.cases.orderBy(CASE_INDEX.sortName).eachKey((key, cursor) => {
      keys.push([cursor.primaryKey as string, key as string]);
    });
    const opened = await Promise.all(keys.map(([id, key]) => openSortName(vault, id, key)));
    keys.forEach(([id], i) => index.names.set(id, opened[i]!));
    return index;
  }

  get size(): number {
    return this.names.size;
  }

  nameOf(id: string): string {
    return this.names.get(id) ?? '';
  }

  /** The sort names of these cases as stored now (a case gone leaves the order). */
  async reread(db: HomewardDb, vault: Vault, ids: readonly string[]): Promise<NameIndex> {
    const stored = await db.cases.bulkGet([...ids]);
    const names = await Promise.all(stored.map((c) => (c === undefined ? undefined : openSortName(vault, c.id, c.derived.sortName))));
    ids.forEach((id, i) => {
      const name = names[i];
      if (name === this.names.get(id)) return;
      if (name === undefined) this.names.delete(id);
      else this.names.set(id, name);
      this.order = null;
    });
    return this;
  }

  /** Every case id in name order (ties by id, as the index orders them). */
  ids(descending: boolean): readonly string[] {
    this.order ??= [...this.names].sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1)).map(([id]) => id);
    return descending ? [...this.order].reverse() : this.order;
  }
}
