/**
 * Search of cases by name, other name, passport number or reference, or
 * their beginnings: the one implementation behind the list's page, its
 * count and the CSV export. A case is found when every word typed begins
 * one of its name tokens, or the text begins its reference, or (without
 * spaces, dashes or case) its passport number, stored normalised.
 *
 * Protected (DESIGN.md §8), names and passport numbers are found through
 * keyed hashes of their first characters (vault/sealed-record.ts): a longer
 * word is then checked on the few cases found, once opened. Cases found
 * without a check are returned as stored: the caller opens only those it
 * shows.
 */
import { foldText, normalisePassport } from '../../../shared/domain/name-tokens';
import type { Case } from '../../../shared/schemas/case';
import type { HomewardDb } from './db';
import { CASE_INDEX, PASSPORT_PREFIX_MIN, REFERENCE_PREFIX_MIN } from './indexes';
import { searchHashScheme } from './vault/migration';
import { NAME_PREFIX_HASHED, nameLookup, openedAll, passportHashedLength, passportLookup, SEARCH_HASHES } from './vault/sealed-record';
import { vaultOf, type Vault } from './vault/vault';

type CaseCollection = ReturnType<HomewardDb['cases']['toCollection']>;

/** Cases opened at a time when a hashed prefix finds more candidates than a page needs. */
const OPEN_PART = 500;

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

export interface SearchHits {
  /** As stored (sealed on a protected workstation), or already opened where a hit had to be checked. */
  cases: Case[];
  /** True when a kind of match reached the limit: there may be more. */
  capped: boolean;
}

export class CaseSearch {
  private readonly vault: Vault;
  /** The scheme of hashed entries the cases hold, once it is the current one (it never goes back). */
  private currentScheme = false;

  /** `wordKeys`: a word whose prefix begins more names than this is checked on the cases the other words find. */
  constructor(
    private readonly db: HomewardDb,
    private readonly wordKeys: number,
  ) {
    this.vault = vaultOf(db);
  }

  /** The cases found, at most `limit` of each kind of match, live ones only. */
  async cases(text: string, limit: number): Promise<SearchHits> {
    const terms = searchTerms(text);
    const [byName, byReference, byPassport] = await Promise.all([
      terms.tokens.length > 0 ? this.byNamePrefixes(terms.tokens, limit) : Promise.resolve([]),
      terms.reference ? this.byReference(terms.reference).limit(limit).toArray() : Promise.resolve([]),
      terms.passport ? this.passportHits(terms.passport, limit) : Promise.resolve([]),
    ]);
    const seen = new Set<string>();
    const live = [...byReference, ...byPassport, ...byName].filter((c) => c.deletedAt === null && !seen.has(c.id) && seen.add(c.id));
    return { cases: live, capped: [byName, byReference, byPassport].some((found) => found.length >= limit) };
  }

  /** The ids of every case the search finds, from index keys alone. */
  async keys(text: string): Promise<Set<string>> {
    const terms = searchTerms(text);
    const scheme = await this.scheme();
    const [names, references, passports] = await Promise.all([
      Promise.all(terms.tokens.map((t) => keysOf(this.byNameToken(t)))),
      terms.reference ? keysOf(this.byReference(terms.reference)) : Promise.resolve(new Set<string>()),
      terms.passport ? keysOf(this.byPassport(terms.passport, scheme)) : Promise.resolve(new Set<string>()),
    ]);
    const byName = names.length > 0 ? await this.checked(intersect(names), terms.tokens.some((t) => t.length > NAME_PREFIX_HASHED), (c) => matchesAllTokens(c, terms.tokens)) : [];
    const byPassport = await this.checked(passports, terms.passport.length > passportHashedLength(scheme), (c) => passportBegins(c, terms.passport));
    return new Set([...byName, ...references, ...byPassport]);
  }

  /** Protected, the ids whose hashed prefix matched are only candidates when a word was longer than the hashed prefix: their opened cases decide. */
  private async checked(ids: Set<string>, longer: boolean, test: (c: Case) => boolean): Promise<Set<string>> {
    if (!this.vault.unlocked || !longer || ids.size === 0) return ids;
    const found = (await this.db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined);
    return new Set((await openedAll(this.db, 'cases', found)).filter(test).map((c) => c.id));
  }

  /**
   * Protected, a passport number's beginning up to the hashed length finds its cases exactly; a longer one
   * is checked on every case of its hashed beginning (a handful), opened.
   */
  private async passportHits(passport: string, limit: number): Promise<Case[]> {
    if (!this.vault.unlocked) return this.byPassport(passport, SEARCH_HASHES).limit(limit).toArray();
    const scheme = await this.scheme();
    if (passport.length <= passportHashedLength(scheme)) return this.byPassport(passport, scheme).limit(limit).toArray();
    return this.openChecked([...(await keysOf(this.byPassport(passport, scheme)))], limit, (c) => passportBegins(c, passport));
  }

  /** The workstation's scheme of hashed search entries (vault/migration.ts), read until it is the current one. */
  private async scheme(): Promise<number> {
    if (this.currentScheme) return SEARCH_HASHES;
    const scheme = await searchHashScheme(this.db);
    this.currentScheme = scheme >= SEARCH_HASHES;
    return scheme;
  }

  /** The cases of `ids` that pass `test` once opened, at most `limit`: read and opened a part at a time until there are enough. */
  private async openChecked(ids: readonly string[], limit: number, test: (c: Case) => boolean): Promise<Case[]> {
    const found: Case[] = [];
    for (let start = 0; start < ids.length && found.length < limit; start += OPEN_PART) {
      const part = (await this.db.cases.bulkGet(ids.slice(start, start + OPEN_PART))).filter((c): c is Case => c !== undefined);
      found.push(...(await openedAll(this.db, 'cases', part)).filter(test));
    }
    return found.slice(0, limit);
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

  /**
   * Protected: the cases whose hashed prefixes hold every word's, the
   * smallest sets intersected from index keys. Where every word is within
   * the hashed length and was intersected, the keys are the answer and only
   * `limit` cases are read, as stored; otherwise the candidates are opened a
   * part at a time and checked against the whole words.
   */
  private async byHashedPrefixes(tokens: string[], limit: number): Promise<Case[]> {
    const entries = await Promise.all(tokens.map((t) => this.byNameToken(t).limit(this.wordKeys + 1).primaryKeys()));
    const bounded = entries.filter((e) => e.length <= this.wordKeys).map((e) => new Set(e as string[]));
    const exact = bounded.length === tokens.length && tokens.every((t) => t.length <= NAME_PREFIX_HASHED);
    // Only very common beginnings: the longest word's cases.
    const ids = bounded.length > 0 ? [...intersect(bounded)] : [...(await keysOf(this.byNameToken(longest(tokens))))];
    if (exact) return (await this.db.cases.bulkGet(ids.slice(0, limit))).filter((c): c is Case => c !== undefined);
    return this.openChecked(ids, limit, (c) => matchesAllTokens(c, tokens));
  }

  /**
   * Cases with a name token beginning with each word. Several words: the
   * cases of each word's prefix are intersected from index keys and only the
   * few found are read. One word, or only very common ones: the cases of the
   * longest word are read and tested.
   */
  private async byNamePrefixes(tokens: string[], limit: number): Promise<Case[]> {
    if (this.vault.unlocked) return this.byHashedPrefixes(tokens, limit);
    const matchesAll = (c: Case) => matchesAllTokens(c, tokens);
    if (tokens.length > 1) {
      // Limited in index entries: a case whose tokens share the prefix (Thapa, Thappa) takes two.
      const entries = await Promise.all(tokens.map((t) => this.byNameToken(t).limit(this.wordKeys + 1).primaryKeys()));
      const bounded = entries.filter((e) => e.length <= this.wordKeys).map((e) => new Set(e as string[]));
      if (bounded.length > 0) {
        const ids = [...intersect(bounded)].slice(0, limit);
        return (await this.db.cases.bulkGet(ids)).filter((c): c is Case => c !== undefined && matchesAll(c));
      }
    }
    return this.byNameToken(longest(tokens)).distinct().filter(matchesAll).limit(limit).toArray();
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

function longest(tokens: string[]): string {
  return tokens.reduce((a, b) => (b.length > a.length ? b : a));
}
