/**
 * Search of cases by name, other name, passport number or reference, or
 * their beginnings: the one implementation behind the list's page, its
 * count and the CSV export. A case is found when every word typed begins
 * one of its name tokens, or the text begins its reference, or (without
 * spaces, dashes or case) its passport number, stored normalised.
 */
import { foldText, normalisePassport } from '../../../shared/domain/name-tokens';
import type { Case } from '../../../shared/schemas/case';
import type { HomewardDb } from './db';
import { CASE_INDEX, PASSPORT_PREFIX_MIN, REFERENCE_PREFIX_MIN } from './indexes';

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

export interface SearchHits {
  cases: Case[];
  /** True when a kind of match reached the limit: there may be more. */
  capped: boolean;
}

export class CaseSearch {
  /** `wordKeys`: a word whose prefix begins more names than this is checked on the cases the other words find. */
  constructor(
    private readonly db: HomewardDb,
    private readonly wordKeys: number,
  ) {}

  /** The cases found, at most `limit` of each kind of match, live ones only. */
  async cases(text: string, limit: number): Promise<SearchHits> {
    const terms = searchTerms(text);
    const [byName, byReference, byPassport] = await Promise.all([
      terms.tokens.length > 0 ? this.byNamePrefixes(terms.tokens, limit) : Promise.resolve([]),
      terms.reference ? this.byReference(terms.reference).limit(limit).toArray() : Promise.resolve([]),
      terms.passport ? this.byPassport(terms.passport).limit(limit).toArray() : Promise.resolve([]),
    ]);
    const seen = new Set<string>();
    const cases = [...byReference, ...byPassport, ...byName].filter((c) => c.deletedAt === null && !seen.has(c.id) && seen.add(c.id));
    return { cases, capped: [byName, byReference, byPassport].some((found) => found.length >= limit) };
  }

  /** The ids of every case the search finds, from index keys alone. */
  async keys(text: string): Promise<Set<string>> {
    const terms = searchTerms(text);
    const [names, references, passports] = await Promise.all([
      Promise.all(terms.tokens.map((t) => keysOf(this.byNameToken(t)))),
      terms.reference ? keysOf(this.byReference(terms.reference)) : Promise.resolve(new Set<string>()),
      terms.passport ? keysOf(this.byPassport(terms.passport)) : Promise.resolve(new Set<string>()),
    ]);
    return new Set([...(names.length > 0 ? intersect(names) : []), ...references, ...passports]);
  }

  private byNameToken(prefix: string): CaseCollection {
    return this.db.cases.where(CASE_INDEX.nameTokens).startsWith(prefix);
  }

  private byReference(prefix: string): CaseCollection {
    return this.db.cases.where(CASE_INDEX.reference).startsWith(prefix);
  }

  private byPassport(prefix: string): CaseCollection {
    return this.db.cases.where(CASE_INDEX.passportNumber).startsWith(prefix);
  }

  /**
   * Cases with a name token beginning with each word. Several words: the
   * cases of each word's prefix are intersected from index keys and only the
   * few found are read. One word, or only very common ones: the cases of the
   * longest word are read and tested.
   */
  private async byNamePrefixes(tokens: string[], limit: number): Promise<Case[]> {
    const matchesAll = (c: Case) => tokens.every((t) => c.derived.nameTokens.some((n) => n.startsWith(t)));
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
