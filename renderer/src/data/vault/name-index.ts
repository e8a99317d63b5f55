/**
 * The names of the cases on a protected workstation, opened in memory
 * (DESIGN.md §8: "one encrypted name index decrypted at sign-in"): each case
 * stores its sort name, its name tokens (full name and other names, folded)
 * and its full name as written sealed together in one small envelope, the
 * key of the `derived.sortName` index. The index's keys alone are read and
 * opened, after sign-in at idle or at the first name-sorted list or name
 * search; name order, name search and the names a list's rows show then run
 * from here, and no hash of a name or of its beginnings is stored. The vault
 * reads again the entries of the cases any window wrote since (Vault.names).
 */
import type { Case } from '../../../../shared/schemas/case';
import type { HomewardDb } from '../db';
import { CASE_INDEX } from '../indexes';
import { TokenIndex } from './token-index';
import type { Vault } from './vault';

/** Marks a sealed name entry in the index: a folded name never begins with this control character. */
export const SEALED_SORT_NAME = '\u0001';

export const sortNameContext = (id: string) => `cases.sortName:${id}`;

/**
 * What a case's name entry holds (scheme 5 of vault/sealed-record.ts): its sort name, its name tokens and its
 * full name. A scheme 4 entry lacks the full name, a scheme 3 entry is the sort name alone.
 */
type NameEntry = readonly [sortName: string, tokens: readonly string[], fullName?: string];

/** A case's name entry, sealed for its index key. */
export async function sealedNameEntry(vault: Vault, c: Pick<Case, 'id' | 'person' | 'derived'>): Promise<string> {
  const entry: NameEntry = [c.derived.sortName, c.derived.nameTokens, c.person.fullName];
  return SEALED_SORT_NAME + (await vault.seal(sortNameContext(c.id), entry));
}

interface OpenedEntry {
  sortName: string;
  /** Null when the key does not hold them (a scheme 3 entry, the clear sort name of a case stored before the data key). */
  tokens: readonly string[] | null;
  /** Null when the key does not hold it (before scheme 5, or a case stored before the data key, whose record is in the clear). */
  fullName: string | null;
}

/** The cases' name entries (index keys), opened together (Vault.openMany). */
async function openEntries(vault: Vault, keys: readonly (readonly [id: string, key: string])[]): Promise<OpenedEntry[]> {
  const sealed = keys.filter(([, key]) => key.startsWith(SEALED_SORT_NAME));
  const opened = await vault.openMany<string | NameEntry>(sealed.map(([id, key]) => [sortNameContext(id), key.slice(1)]));
  let next = 0;
  return keys.map(([, key]) => {
    if (!key.startsWith(SEALED_SORT_NAME)) return { sortName: key, tokens: null, fullName: null };
    const entry = opened[next++]!;
    if (typeof entry === 'string') return { sortName: entry, tokens: null, fullName: null };
    const [sortName, tokens, fullName = null] = entry;
    return { sortName, tokens, fullName };
  });
}

export class NameIndex {
  private readonly names = new Map<string, string>();
  /** Full names of the cases whose entry holds it. */
  private readonly fullNames = new Map<string, string>();
  private readonly tokens = new TokenIndex();
  /** Cases whose entry did not hold their tokens: search learns them from the opened cases (search.ts). */
  private readonly untokened = new Set<string>();
  private order: string[] | null = null;

  /** Reads the sealed name entries from the index keys alone and opens them. */
  static async load(db: HomewardDb, vault: Vault): Promise<NameIndex> {
    const keys: [string, string][] = [];
    await db.cases.orderBy(CASE_INDEX.sortName).eachKey((key, cursor) => {
      keys.push([cursor.primaryKey as string, key as string]);
    });
    const index = new NameIndex();
    await index.put(vault, keys);
    return index;
  }

  private async put(vault: Vault, keys: readonly (readonly [id: string, key: string])[]): Promise<void> {
    const entries = await openEntries(vault, keys);
    keys.forEach(([id], i) => {
      const { sortName, tokens, fullName } = entries[i]!;
      if (this.names.get(id) !== sortName) this.order = null;
      this.names.set(id, sortName);
      if (fullName === null) this.fullNames.delete(id);
      else this.fullNames.set(id, fullName);
      if (tokens === null) {
        this.tokens.delete(id);
        this.untokened.add(id);
      } else this.learn(id, tokens);
    });
  }

  private learn(id: string, tokens: readonly string[]): void {
    this.tokens.set(id, tokens);
    this.untokened.delete(id);
  }

  /** The cases whose name tokens are not known yet (until the sealing run at sign-in brings their entries up to date). */
  get withoutTokens(): readonly string[] {
    return [...this.untokened];
  }

  /** Name tokens of cases `withoutTokens` named, from the cases opened. */
  learnTokens(opened: readonly Case[]): void {
    for (const c of opened) if (this.names.has(c.id)) this.learn(c.id, c.derived.nameTokens);
  }

  get size(): number {
    return this.names.size;
  }

  nameOf(id: string): string {
    return this.names.get(id) ?? '';
  }

  /** A case's full name as written, where its entry holds it. */
  fullNameOf(id: string): string | undefined {
    return this.fullNames.get(id);
  }

  /** The entries of these cases as stored now (a case gone leaves the index). */
  async reread(db: HomewardDb, vault: Vault, ids: readonly string[]): Promise<NameIndex> {
    const stored = await db.cases.bulkGet([...ids]);
    ids.forEach((id, i) => {
      if (stored[i] !== undefined || !this.names.has(id)) return;
      this.names.delete(id);
      this.fullNames.delete(id);
      this.tokens.delete(id);
      this.untokened.delete(id);
      this.order = null;
    });
    await this.put(vault, stored.filter((c) => c !== undefined).map((c) => [c.id, c.derived.sortName] as const));
    return this;
  }

  /** Every case id in name order (ties by id, as the index orders them). */
  ids(descending: boolean): readonly string[] {
    this.order ??= [...this.names].sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1)).map(([id]) => id);
    return descending ? [...this.order].reverse() : this.order;
  }

  /** The cases with a name token beginning with each of the words (folded, as name-tokens.ts folds them). */
  withTokens(words: readonly string[]): Set<string> {
    return this.tokens.withAll(words);
  }
}
