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
}

export function probeKeys(probe: DuplicateProbe): ProbeKeys {
  return { passport: normalisePassport(probe.passportNumber), nameKeys: nameMatchKeys([probe.fullName, ...probe.otherNames]) };
}

/**
 * Candidates among `others` for each probe, found through shared passport or
 * name keys. `others` must be indexed with `index` first; `skip` leaves out
 * pairs the caller does not want (e.g. a row against itself or later rows).
 */
export class CandidateIndex<T> {
  private readonly byPassport = new Map<string, T[]>();
  private readonly byKey = new Map<string, T[]>();

  add(item: T, keys: ProbeKeys): void {
    if (keys.passport) push(this.byPassport, keys.passport, item);
    for (const key of keys.nameKeys) push(this.byKey, key, item);
  }

  candidates(keys: ProbeKeys): T[] {
    const found = new Set<T>(keys.passport ? (this.byPassport.get(keys.passport) ?? []) : []);
    let byName = 0;
    for (const key of keys.nameKeys) {
      for (const item of this.byKey.get(key) ?? []) {
        if (byName >= NAME_CANDIDATES_PER_PROBE) break;
        if (!found.has(item)) {
          found.add(item);
          byName++;
        }
      }
    }
    return [...found];
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
    if (c.deletedAt === null) index.add(c, { passport: c.person.passportNumber, nameKeys: c.derived.matchKeys });
  }
  return probes.map((probe, i) =>
    index.candidates(keys[i]!).flatMap((other) => {
      const reason = duplicateReason(probe, { id: other.id, ...other.person });
      return reason ? [{ case: other, reason }] : [];
    }),
  );
}
