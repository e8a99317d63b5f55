/** One duplicate lookup: a person looked up alone finds what the same person finds inside an import preview's batch. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HomewardDb } from '../../../renderer/src/data/db';
import type { Repositories } from '../../../renderer/src/data/repositories';
import type { DuplicateCandidate } from '../../../renderer/src/data/repositories/cases';
import { findDuplicatesOfMany } from '../../../renderer/src/data/repositories/duplicate-lookup';
import type { DuplicateProbe } from '../../../shared/domain/duplicates';
import { caseInput, setUpWorkstation } from './fixtures';

let db: HomewardDb;
let repos: Repositories;

const probe = (fullName: string, passportNumber = '', nationality = 'ZA'): DuplicateProbe => ({
  fullName,
  otherNames: [],
  nationality,
  dateOfBirth: null,
  passportNumber,
});

const found = (candidates: DuplicateCandidate[]) => candidates.map((c) => [c.case.person.fullName, c.reason]);

beforeAll(async () => {
  const setup = await setUpWorkstation();
  ({ db, repos } = setup);
  const people: [string, string, string][] = [
    ['Sipho Dlamini', 'A12345678', 'ZA'],
    ['Dlamini Sipho Themba', '', 'ZA'],
    ['Sipho Dlamini', '', 'LS'],
    ['Thabo Mokoena', 'B555', 'ZA'],
    ['Madonna', '', 'ZA'],
  ];
  for (const [fullName, passportNumber, nationality] of people) {
    await repos.cases.create(caseInput({ fullName, otherNames: [], passportNumber, nationality }), setup.officer.id);
  }
});

describe('duplicate lookup', () => {
  it('finds the same candidates for a person alone and inside a batch', async () => {
    const probes = [probe('Sipho Dlamini', 'a 123-456 78'), probe('Someone Else', 'b-555'), probe('Madonna'), probe('Nobody Known')];
    const batch = await findDuplicatesOfMany(db, [...probes].reverse());
    for (const [i, p] of probes.entries()) {
      expect(found(await repos.cases.findDuplicates(p))).toEqual(found(batch[probes.length - 1 - i]!));
    }
    expect(found(batch[3]!)).toEqual([
      ['Sipho Dlamini', 'passport'],
      ['Dlamini Sipho Themba', 'name'],
    ]);
    expect(found(batch[2]!)).toEqual([['Thabo Mokoena', 'passport']]);
    expect(found(batch[1]!)).toEqual([['Madonna', 'name']]);
    expect(batch[0]).toEqual([]);
  });
});
