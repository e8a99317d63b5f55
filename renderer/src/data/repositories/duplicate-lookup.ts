/**
 * Duplicate candidates for many people at once (an import preview): the
 * same rules as CaseRepository.findDuplicates (shared/domain/duplicates.ts),
 * but the passport and name-key indexes are read once for the whole batch
 * instead of twice per person.
 */
import { duplicateReason, nameMatchKeys, type DuplicateProbe } from '../../../../shared/domain/duplicates';
import { normalisePassport } from '../../../../shared/domain/name-tokens';
import type { Case } from '../../../../shared/schemas/case';
import type { HomewardDb } from '../db';
import type { DuplicateCandidate } from './cases';

/** As in findDuplicates: a name shared by very many cases is not worth comparing beyond this many. */
const NAME_CANDIDATES_PER_PROBE = 500;
const KEYS_PER_QUERY = 500;

export interface ProbeKeys {
  passport: string;
  nameKeys: string[];
  /** A name of one key ("Madonna") matches another name of the same single key; other names need two keys in common. */
  singleKeyName: boolean;
}

export function probeKeys(probe: Pick<DuplicateProbe, 'fullName' | 'otherNames' | 'passportNumber'>): ProbeKeys {
  const names = [probe.fullName, ...probe.otherNames];
  return {
    passport: normalisePassport(probe.passportNumber),
    nameKeys: nameMatchKeys(names),
    singleKeyName: names.some((name) => nameMatchKeys([name]).length === 1),
  };
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
      for (const item of this.byKey.get(key) ?? []) shared.set(item, (shared.get(item) ?? 0) + 1);
    }
    const byName = [...shared]
      .filter(([item, count]) => count >= 2 || (keys.singleKeyName && this.singleKey.has(item)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, NAME_CANDIDATES_PER_PROBE)
      .map(([item]) => item);
    return [...new Set([...(keys.passport ? (this.byPassport.get(keys.passport) ?? []) : []), ...byName])];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** For each probe, the stored cases that may be the same person. */
export async function findDuplicatesOfMany(db: HomewardDb, probes: readonly DuplicateProbe[]): Promise<DuplicateCandidate[][]> {
  const keys = probes.map(probeKeys);
  const passports = [...new Set(keys.map((k) => k.passport).filter(Boolean))];
  const nameKeys = [...new Set(keys.flatMap((k) => k.nameKeys))];
  const found = new Map<string, Case>();
  for (let i = 0; i < passports.length; i += KEYS_PER_QUERY) {
    for (const c of await db.cases.where('person.passportNumber').anyOf(passports.slice(i, i + KEYS_PER_QUERY)).toArray()) found.set(c.id, c);
  }
  for (let i = 0; i < nameKeys.length; i += KEYS_PER_QUERY) {
    for (const c of await db.cases.where('derived.matchKeys').anyOf(nameKeys.slice(i, i + KEYS_PER_QUERY)).distinct().toArray()) found.set(c.id, c);
  }
  const index = new CandidateIndex<Case>();
  for (const c of found.values()) {
    if (c.deletedAt === null) index.add(c, probeKeys(c.person));
  }
  return probes.map((probe, i) =>
    index.candidates(keys[i]!).flatMap((other) => {
      const reason = duplicateReason(probe, { id: other.id, ...other.person });
      return reason ? [{ case: other, reason }] : [];
    }),
  );
}
