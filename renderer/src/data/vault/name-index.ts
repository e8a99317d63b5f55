/**
 * The name order of the cases on a protected workstation (DESIGN.md §8): each
 * case stores its sort name sealed in its own small envelope, in the
 * `derived.sortName` index. At the first name-sorted list after sign-in the
 * index's keys alone are read and opened into memory; the list then walks
 * the cases in name order from here. Writes of this window keep it current;
 * a change in the number of cases (another window, an import) reloads it.
 */
import type { HomewardDb } from '../db';
import { CASE_INDEX } from '../indexes';
import type { Vault } from './vault';

/** Marks a sealed sort name in the index: a folded name never begins with this control character. */
export const SEALED_SORT_NAME = '\u0001';

export const sortNameContext = (id: string) => `cases.sortName:${id}`;

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
    const opened = await Promise.all(keys.map(([id, key]) => (key.startsWith(SEALED_SORT_NAME) ? vault.open<string>(sortNameContext(id), key.slice(1)) : key)));
    keys.forEach(([id], i) => index.names.set(id, opened[i]!));
    return index;
  }

  get size(): number {
    return this.names.size;
  }

  nameOf(id: string): string {
    return this.names.get(id) ?? '';
  }

  set(id: string, sortName: string): void {
    if (this.names.get(id) === sortName) return;
    this.names.set(id, sortName);
    this.order = null;
  }

  /** Every case id in name order (ties by id, as the index orders them). */
  ids(descending: boolean): readonly string[] {
    this.order ??= [...this.names].sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1)).map(([id]) => id);
    return descending ? [...this.order].reverse() : this.order;
  }
}
