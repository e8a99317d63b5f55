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
 * Protected (DESIGN.md §8), names are found in the opened name index
 * (vault/name-index.ts), read before the search's transaction, and passport
 * numbers through keyed hashes of their first characters
 * (vault/sealed-record.ts): a longer number is then checked on the cases of
 * its hashed beginning, once opened.
 */
import Dexie from 'dexie';
import { foldText, normalisePassport } from '../../../shared/domain/name-tokens';
import type { Case } from '../../../shared/schemas/case';
import type { HomewardDb } from './db';
import { indexKeys } from './index-keys';
import { readTransaction } from './read-transaction';
import { CASE_INDEX, PASSPORT_PREFIX_MIN, REFERENCE_PREFIX_MIN } from './indexes';
import { searchHashScheme } from './vault/migration';
import type { NameIndex } from './vault/name-index';
import { openedAll, passportHashedLength, passportLookup, SEARCH_HASHES } from './vault/sealed-record';
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

/** What a search found from index keys alone. */
export interface SearchHits {
  found: Set<string>;
  /** Candidates only their opened cases can confirm (a passport number typed longer than its hashed beginning): never within a transaction, which WebCrypto would end. */
  unconfirmed: Set<string>;
}

/** A search made ready outside any transaction: its keys are then read from index keys (and the name index in memory). */
export interface PreparedSearch {
  /** The hits in the index keys, read within the caller's transaction if there is one (a tombstone among them is left to the caller's test). */
  indexHits(): Promise<SearchHits>;
  /** The ids of every case found: the hits, with the candidates their opened cases confirm. */
  confirmed(hits: SearchHits): Promise<Set<string>>;
  /** The ids of every case the search finds. */
  keys(): Promise<Set<string>>;
}

export class CaseSearch {
  private readonly vault: Vault;
  /** The scheme of hashed entries the cases hold, once it is the current one (it never goes back). */
  private currentScheme = false;

  constructor(private readonly db: HomewardDb) {
    this.vault = vaultOf(db);
  }

  /** The ids of every case the search finds. */
  async keys(text: string): Promise<Set<string>> {
    return (await this.prepare(text)).keys();
  }

  /**
   * The search, ready to run: on a protected workstation the opened name
   * index and the scheme of the hashed entries are read first, as they may
   * need WebCrypto (which would end a transaction around the keys' read).
   */
  async prepare(text: string): Promise<PreparedSearch> {
    const terms = searchTerms(text);
    const unlocked = this.vault.unlocked;
    const scheme = unlocked ? await this.scheme() : SEARCH_HASHES;
    const names = unlocked && terms.tokens.length > 0 ? await this.nameIndex() : null;
    const longPassport = unlocked && terms.passport.length > passportHashedLength(scheme);
    const none = new Set<string>();
    const read = () =>
      Promise.all([
        names ? names.withTokens(terms.tokens) : this.nameKeys(terms.tokens),
        terms.reference ? indexKeys(this.db.cases, CASE_INDEX.reference, { prefix: terms.reference }) : none,
        terms.passport ? this.passportKeys(terms.passport, scheme) : none,
      ]);
    const indexHits = async (): Promise<SearchHits> => {
      // Within a transaction already (the list's page of a search), a nested one would only add its cost.
      const [byName, references, passports] = await (Dexie.currentTransaction ? read() : readTransaction(this.db, [this.db.cases], read));
      const found = new Set([...byName, ...references]);
      if (!longPassport) return { found: new Set([...found, ...passports]), unconfirmed: none };
      return { found, unconfirmed: new Set([...passports].filter((id) => !found.has(id))) };
    };
    const confirmed = async ({ found, unconfirmed }: SearchHits) =>
      unconfirmed.size === 0 ? found : new Set([...found, ...(await this.opened(unconfirmed, (c) => passportBegins(c, terms.passport)))]);
    return { indexHits, confirmed, keys: async () => confirmed(await indexHits()) };
  }

  /** The opened name index, with the tokens of any case whose entry lacks them (an older scheme's) learnt from the case opened. */
  private async nameIndex(): Promise<NameIndex> {
    const names = await this.vault.names();
    const missing = names.withoutTokens;
    if (missing.length > 0) {
      const stored = (await this.db.cases.bulkGet([...missing])).filter((c): c is Case => c !== undefined);
      names.learnTokens(await openedAll(this.db, 'cases', stored));
    }
    return names;
  }

  /**
   * In the clear, the cases with a name token beginning with each word: the
   * longest word first (the likeliest to be rare), each next word's keys
   * intersected, stopping at the first word that leaves none (a reference's
   * digits).
   */
  private async nameKeys(tokens: readonly string[]): Promise<Set<string>> {
    let found: Set<string> | null = null;
    for (const token of [...tokens].sort((a, b) => b.length - a.length)) {
      const keys = await indexKeys(this.db.cases, CASE_INDEX.nameTokens, { prefix: token });
      found = found === null ? keys : intersect([found, keys]);
      if (found.size === 0) break;
    }
    return found ?? new Set();
  }

  /** The ids whose hashed passport beginning matched are only candidates when the number typed was longer: their opened cases decide. */
  private async opened(ids: Set<string>, test: (c: Case) => boolean): Promise<Set<string>> {
    if (ids.size === 0) return ids;
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

  private passportKeys(prefix: string, scheme: number): Promise<Set<string>> {
    if (this.vault.unlocked) return indexKeys(this.db.cases, CASE_INDEX.nameTokens, { equals: passportLookup(this.vault, prefix, scheme) });
    return indexKeys(this.db.cases, CASE_INDEX.passportNumber, { prefix });
  }
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
