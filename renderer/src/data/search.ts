/**
 * Search of cases by name, other name, passport number or reference, or
 * their beginnings: the one implementation behind the list's page, its
 * count and the CSV export. A case is found when every word typed begins
 * one of its name tokens, or the text begins its reference, or (without
 * spaces, dashes or case) its passport number, stored normalised.
 *
 * The search gives the ids of every case found, from index keys alone: the
 * list then picks its page out of them in the sort's order (reading only
 * the page's cases), the count counts them, the export reads them all.
 *
 * Protected (DESIGN.md §8), names and passport numbers are found through
 * keyed hashes of their first characters (vault/sealed-record.ts): a longer
 * word is then checked on the cases of its hashed beginning, once opened.
 */
import Dexie from 'dexie';
import { foldText, normalisePassport } from '../../../shared/domain/name-tokens';
import type { Case } from '../../../shared/schemas/case';
import type { HomewardDb } from './db';
import { readTransaction } from './read-transaction';
import { CASE_INDEX, PASSPORT_PREFIX_MIN, REFERENCE_PREFIX_MIN } from './indexes';
import { searchHashScheme } from './vault/migration';
import { NAME_PREFIX_HASHED, nameLookup, openedAll, passportHashedLength, passportLookup, SEARCH_HASHES } from './vault/sealed-record';
import { vaultOf, type Vault } from './vault/vault';

type CaseCollection = ReturnType<HomewardDb['cases']['toCollection']>;

/** What a search text looks for; an empty string where the text is too short to look for that kind. */
interface SearchTerms {
  /** Folded words, each the beginning of a name token. */
  tokens: string[];
  reference: string;
  passport: string;
}

function searchTerms(text: string): SearchTerms {
  const reference = text.trim().toUpperCase();
  const passport = normalisePassport(text);
  return {
    tokens: foldText(text).split(' ').filter(Boolean),
    reference: reference.length >= REFERENCE_PREFIX_MIN ? reference : '',
    passport: passport.length >= PASSPORT_PREFIX_MIN ? passport : '',
  };
}

export class CaseSearch {
  private readonly vault: Vault;
  /** The scheme of hashed entries the cases hold, once it is the current one (it never goes back). */
  private currentScheme = false;

  constructor(private readonly db: HomewardDb) {
    this.vault = vaultOf(db);
  }

  /**
   * The ids of every case the search finds (a tombstone among them is left
   * to the caller's test), read from index keys in one transaction; on a
   * protected workstation, a word longer than its hashed beginning is then
   * checked on the opened candidates.
   */
  async keys(text: string): Promise<Set<string>> {
    const terms = searchTerms(text);
    const scheme = this.vault.unlocked ? await this.scheme() : SEARCH_HASHES;
    const none = new Set<string>();
    const read = () =>
      Promise.all([
        this.nameKeys(terms.tokens),
        terms.reference ? keysOf(this.byReference(terms.reference)) : none,
        terms.passport ? keysOf(this.byPassport(terms.passport, scheme)) : none,
      ]);
    // Within a transaction already (the list's page of a search found from index keys alone), a nested one would only add its cost.
    const [names, references, passports] = await (Dexie.currentTransaction ? read() : readTransaction(this.db, [this.db.cases], read));
    const [byName, byPassport] = await Promise.all([
      this.checked(names, terms.tokens.some((t) => t.length > NAME_PREFIX_HASHED), (c) => matchesAllTokens(c, terms.tokens)),
      this.checked(passports, terms.passport.length > passportHashedLength(scheme), (c) => passportBegins(c, terms.passport)),
    ]);
    return new Set([...byName, ...references, ...byPassport]);
  }

  /** False when the search must check candidates on opened cases (a protected workstation, a word longer than its hashed beginning): it cannot run within a transaction then. */
  async fromKeysAlone(text: string): Promise<boolean> {
    if (!this.vault.unlocked) return true;
    const terms = searchTerms(text);
    return terms.tokens.every((t) => t.length <= NAME_PREFIX_HASHED) && terms.passport.length <= passportHashedLength(await this.scheme());
  }

  /**
   * The cases with a name token beginning with each word: the longest word
   * first (the likeliest to be rare), each next word's keys intersected,
   * stopping at the first word that leaves none (a reference's digits).
   */
  private async nameKeys(tokens: readonly string[]): Promise<Set<string>> {
    let found: Set<string> | null = null;
    for (const token of [...tokens].sort((a, b) => b.length - a.length)) {
      const keys = await keysOf(this.byNameToken(token));
      found = found === null ? keys : intersect([found, keys]);
      if (found.size === 0) break;
    }
    return found ?? new Set();
  }

  /** Protected, the ids whose hashed prefix matched are only candidates when a word was longer than the hashed prefix: their opened cases decide. */
  private async checked(ids: Set<string>, longer: boolean, test: (c: Case) => boolean): Promise<Set<string>> {
    if (!this.vault.unlocked || !longer || ids.size === 0) return ids;
    const found = (await this.db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined);
    return new Set((await openedAll(this.db, 'cases', found)).filter(test).map((c) => c.id));
  }

  /** The workstation's scheme of hashed search entries (vault/migration.ts), read until it is the current one. */
  private async scheme(): Promise<number> {
    if (this.currentScheme) return SEARCH_HASHES;
    const scheme = await searchHashScheme(this.db);
    this.currentScheme = scheme >= SEARCH_HASHES;
    return scheme;
  }

  private byNameToken(prefix: string): CaseCollection {
    if (this.vault.unlocked) return this.db.cases.where(CASE_INDEX.nameTokens).equals(nameLookup(this.vault, prefix));
    return this.db.cases.where(CASE_INDEX.nameTokens).startsWith(prefix);
  }

  private byReference(prefix: string): CaseCollection {
    return this.db.cases.where(CASE_INDEX.reference).startsWith(prefix);
  }

  private byPassport(prefix: string, scheme: number): CaseCollection {
    if (this.vault.unlocked) return this.db.cases.where(CASE_INDEX.nameTokens).equals(passportLookup(this.vault, prefix, scheme));
    return this.db.cases.where(CASE_INDEX.passportNumber).startsWith(prefix);
  }
}

function matchesAllTokens(c: Case, tokens: readonly string[]): boolean {
  return tokens.every((t) => c.derived.nameTokens.some((n) => n.startsWith(t)));
}

function passportBegins(c: Case, passport: string): boolean {
  return normalisePassport(c.person.passportNumber).startsWith(passport);
}

/** The primary keys of a collection, read from index keys alone (a multi-entry index may give a case twice). */
export async function keysOf(collection: CaseCollection): Promise<Set<string>> {
  return new Set((await collection.primaryKeys()) as string[]);
}

export function intersect<T>(sets: readonly Set<T>[]): Set<T> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...(smallest ?? [])].filter((item) => others.every((s) => s.has(item))));
}
