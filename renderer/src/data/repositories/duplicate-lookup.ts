/**
 * The duplicate lookup (rules in shared/domain/duplicates.ts): the stored
 * cases that may be the same person as each probe, for one person being
 * typed in (CaseRepository.findDuplicates) or for every row of an import
 * preview at once. The passport and name-key indexes are read once for the
 * whole batch, never per person, and never every case.
 */
import { duplicateReason, nameMatchKeys, type DuplicateProbe } from '../../../../shared/domain/duplicates';
import { normalisePassport } from '../../../../shared/domain/name-tokens';
import type { Case } from '../../../../shared/schemas/case';
import type { HomewardDb } from '../db';
import { CASE_INDEX, KEYS_PER_QUERY, NAME_CANDIDATES_PER_PROBE } from '../indexes';
import type { DuplicateCandidate } from './cases';
import { matchKeyLookup, openedAll, wholePassportLookup } from '../vault/sealed-record';
import { vaultOf } from '../vault/vault';

/**
 * How a key is looked up in the index: as it is, or, on a protected
 * workstation, as its keyed hash (vault/sealed-record.ts). The hashes are
 * mapped back to the keys they stand for.
 */
interface IndexTerms {
  nameKey(key: string): string;
  passport(passport: string): string;
  passportIndex: string;
}

function indexTerms(db: HomewardDb): IndexTerms {
  const vault = vaultOf(db);
  if (!vault.unlocked) return { nameKey: (k) => k, passport: (p) => p, passportIndex: CASE_INDEX.passportNumber };
  return { nameKey: (k) => matchKeyLookup(vault, k), passport: (p) => wholePassportLookup(vault, p), passportIndex: CASE_INDEX.nameTokens };
}

export interface ProbeKeys {
  passport: string;
  nameKeys: string[];
  /** A name of one key ("Madonna") matches another name of the same single key; other names need two keys in common. */
  singleKeyName: boolean;
}

function hasSingleKeyName(names: readonly string[]): boolean {
  return names.some((name) => nameMatchKeys([name]).length === 1);
}

/** The keys of a person as typed: the passport number is normalised as the schema stores it. */
export function probeKeys(probe: Pick<DuplicateProbe, 'fullName' | 'otherNames' | 'passportNumber'>): ProbeKeys {
  const names = [probe.fullName, ...probe.otherNames];
  return { passport: normalisePassport(probe.passportNumber), nameKeys: nameMatchKeys(names), singleKeyName: hasSingleKeyName(names) };
}

/** The keys of a stored case, as stored: its passport number normalised on entry, its name keys derived on save. */
function storedKeys(c: Case): ProbeKeys {
  return { passport: c.person.passportNumber, nameKeys: c.derived.matchKeys, singleKeyName: hasSingleKeyName([c.person.fullName, ...c.person.otherNames]) };
}

/**
 * Candidates for each probe among indexed items, found through a shared
 * passport or shared name keys. Only pairs that can pass duplicateReason's
 * name rule are returned (two keys in common, or one when both have a
 * single-key name), so the costly comparison runs on few pairs even when a
 * name is common.
 */
export class CandidateIndex<T> {
  private readonly byPassport = new Map<string, T[]>();
  private readonly byKey = new Map<string, T[]>();
  private readonly singleKey = new Set<T>();

  add(item: T, keys: ProbeKeys): void {
    if (keys.passport) push(this.byPassport, keys.passport, item);
    for (const key of keys.nameKeys) push(this.byKey, key, item);
    if (keys.singleKeyName) this.singleKey.add(item);
  }

  candidates(keys: ProbeKeys): T[] {
    const shared = new Map<T, number>();
    for (const key of keys.nameKeys) {
      // A key shared by thousands (a common name) is read from its latest items only: without this limit, a file of
      // similar names costs the square of its rows.
      const items = this.byKey.get(key) ?? [];
      for (let i = items.length - 1; i >= Math.max(0, items.length - NAME_CANDIDATES_PER_PROBE); i--) {
        const item = items[i]!;
        shared.set(item, (shared.get(item) ?? 0) + 1);
      }
    }
    const byName = [...shared]
      .filter(([item, count]) => count >= 2 || (keys.singleKeyName && this.singleKey.has(item)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, NAME_CANDIDATES_PER_PROBE)
      .map(([item]) => item);
    return [...new Set([...(keys.passport ? (this.byPassport.get(keys.passport) ?? []) : []), ...byName])];
  }
}

/** Keys in parts of KEYS_PER_QUERY, one `anyOf` query each. */
function inParts(keys: readonly string[]): string[][] {
  const parts: string[][] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) parts.push(keys.slice(i, i + KEYS_PER_QUERY));
  return parts;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Ids of the cases worth reading for the probes' names, found from index
 * keys alone: those sharing two name keys with a probe (at most
 * NAME_CANDIDATES_PER_PROBE a probe, most keys in common first), or one
 * with a probe of a single-key name. A name key shared by thousands of
 * cases then costs index keys, not thousands of cases read.
 */
async function nameCandidateIds(db: HomewardDb, keys: readonly ProbeKeys[], terms: IndexTerms): Promise<string[]> {
  const nameKeys = [...new Set(keys.flatMap((k) => k.nameKeys))];
  const keyOf = new Map(nameKeys.map((key) => [terms.nameKey(key), key]));
  const idsByKey = new Map<string, string[]>();
  await Promise.all(
    inParts([...keyOf.keys()]).map((part) =>
      db.cases
        .where(CASE_INDEX.matchKeys)
        .anyOf(part)
        .eachKey((key, cursor) => push(idsByKey, keyOf.get(key as string)!, cursor.primaryKey as string)),
    ),
  );
  const wanted = new Set<string>();
  for (const probe of keys) {
    const shared = new Map<string, number>();
    for (const key of probe.nameKeys) for (const id of idsByKey.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const sorted = [...shared].sort((a, b) => b[1] - a[1]);
    sorted.filter(([, count]) => count >= 2).slice(0, NAME_CANDIDATES_PER_PROBE).forEach(([id]) => wanted.add(id));
    if (probe.singleKeyName) sorted.filter(([, count]) => count === 1).forEach(([id]) => wanted.add(id));
  }
  return [...wanted];
}

/** For each probe, the live stored cases that may be the same person (never the probe's own case). */
export async function findDuplicatesOfMany(db: HomewardDb, probes: readonly DuplicateProbe[]): Promise<DuplicateCandidate[][]> {
  const keys = probes.map(probeKeys);
  const terms = indexTerms(db);
  const passports = [...new Set(keys.map((k) => k.passport).filter(Boolean))].map(terms.passport);
  const [byPassport, byName] = await Promise.all([
    Promise.all(inParts(passports).map((part) => db.cases.where(terms.passportIndex).anyOf(part).toArray())),
    nameCandidateIds(db, keys, terms).then((ids) => db.cases.bulkGet(ids)),
  ]);
  const seen = new Set<string>();
  const live = [...byPassport.flat(), ...byName].filter((c): c is Case => c !== undefined && c.deletedAt === null && !seen.has(c.id) && Boolean(seen.add(c.id)));
  const index = new CandidateIndex<Case>();
  for (const c of await openedAll(db, 'cases', live)) index.add(c, storedKeys(c));
  return probes.map((probe, i) =>
    index.candidates(keys[i]!).flatMap((other) => {
      const reason = duplicateReason(probe, { id: other.id, ...other.person });
      return reason ? [{ case: other, reason }] : [];
    }),
  );
}
