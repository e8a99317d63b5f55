import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, SeedGenerator, type SeedDataset } from '../../../scripts/seed/generate';
import { NATIONALITIES, phoneNumber } from '../../../scripts/seed/nationalities';
import { createRandom } from '../../../scripts/seed/random';
import { deriveCaseFields, earliestOpenDue } from '../../../shared/domain/case-derived';
import { deriveContactState } from '../../../shared/domain/contact-status';
import { CaseSchema } from '../../../shared/schemas/case';
import { ContactEntrySchema } from '../../../shared/schemas/contact';
import { FollowUpSchema } from '../../../shared/schemas/follow-up';
import { GroupSchema } from '../../../shared/schemas/group';
import { normalisePhone } from '../../../shared/schemas/primitives';
import { WorkstationSettingsSchema } from '../../../shared/schemas/settings';
import { StaffSchema } from '../../../shared/schemas/staff';
import { CaseStatus, CurrentSituation } from '../../../shared/taxonomy';

const TODAY = '2026-03-01';
let data: SeedDataset;

beforeAll(() => {
  data = generateDataset({ seed: 42, today: TODAY, cases: 3000 });
});

const share = (predicate: (c: SeedDataset['cases'][number]) => boolean) => data.cases.filter(predicate).length / data.cases.length;

describe('seed generator: determinism', () => {
  it('gives the same records for the same seed and day, and different ones for another seed', () => {
    const a = generateDataset({ seed: 9, today: TODAY, cases: 200 });
    expect(generateDataset({ seed: 9, today: TODAY, cases: 200 })).toEqual(a);
    expect(generateDataset({ seed: 10, today: TODAY, cases: 200 }).cases.map((c) => c.case.person.fullName)).not.toEqual(
      a.cases.map((c) => c.case.person.fullName),
    );
  });

  it('streams the same cases it gives in one piece', () => {
    const generator = new SeedGenerator({ seed: 42, today: TODAY }, 3000);
    const streamed = [...generator.cases()];
    expect(streamed).toHaveLength(3000);
    expect(streamed[2999]).toEqual(data.cases[2999]);
  });
});

describe('seed generator: validity', () => {
  it('makes records that the shared schemas accept unchanged', () => {
    expect(WorkstationSettingsSchema.parse(data.settings)).toEqual(data.settings);
    for (const staff of data.staff) expect(StaffSchema.parse(staff)).toEqual(staff);
    for (const group of data.groups) expect(GroupSchema.parse(group)).toEqual(group);
    for (const { case: record, contacts, followUps } of data.cases) {
      expect(CaseSchema.parse(record)).toEqual(record);
      for (const entry of contacts) expect(ContactEntrySchema.parse(entry)).toEqual(entry);
      for (const followUp of followUps) expect(FollowUpSchema.parse(followUp)).toEqual(followUp);
    }
  });

  it('stores the derived values the domain rules compute', () => {
    for (const { case: record, contacts, followUps } of data.cases) {
      const { derived, ...core } = record;
      expect(derived).toEqual(
        deriveCaseFields(core, { contact: deriveContactState(contacts, core.whereabouts.situation), nextFollowUpDue: earliestOpenDue(followUps) }),
      );
    }
  });

  it('keeps ids, references and passport numbers unique, and links possible duplicates both ways', () => {
    const cases = data.cases.map((c) => c.case);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.reference)).size).toBe(cases.length);
    const passports = cases.filter((c) => c.person.passportNumber && !c.possibleDuplicateOf.length).map((c) => c.person.passportNumber);
    expect(new Set(passports).size).toBe(passports.length);
    const byId = new Map(cases.map((c) => [c.id, c]));
    const linked = cases.filter((c) => c.possibleDuplicateOf.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) expect(byId.get(c.possibleDuplicateOf[0]!)?.possibleDuplicateOf).toContain(c.id);
    const groupIds = new Set(data.groups.map((g) => g.id));
    expect(cases.flatMap((c) => c.groupIds).every((id) => groupIds.has(id))).toBe(true);
  });

  it('places contacts and follow-ups of a case on it, with nothing logged after the day it was made for', () => {
    const end = `${TODAY}T00:00:00.000Z`;
    for (const { case: record, contacts, followUps } of data.cases) {
      expect(contacts.every((e) => e.caseId === record.id && e.at < end && e.at >= `${record.openedOn}T`)).toBe(true);
      expect(followUps.every((f) => f.caseId === record.id)).toBe(true);
      expect(record.updatedAt < end && record.createdAt <= record.updatedAt).toBe(true);
    }
  });

  it('draws phone numbers that are valid in each nationality’s numbering plan', () => {
    const random = createRandom(1);
    for (const nationality of NATIONALITIES) {
      for (let i = 0; i < 40; i += 1) {
        const number = phoneNumber(nationality, random);
        expect(normalisePhone(number), `${nationality.code} ${number}`).toBe(number);
      }
    }
  });

  it('keeps to the statuses asked for', () => {
    const open = generateDataset({ seed: 3, today: TODAY, cases: 400, statuses: ['reported', 'verifying'] });
    expect(new Set(open.cases.map((c) => c.case.status))).toEqual(new Set(['reported', 'verifying']));
  });

  it('makes an extra case with a contact log of the length asked for', () => {
    const generator = new SeedGenerator({ seed: 1, today: TODAY }, 10);
    expect([...generator.cases()]).toHaveLength(10);
    const extra = generator.extraCase(50);
    expect(extra.contacts).toHaveLength(50);
    expect(CaseSchema.parse(extra.case)).toEqual(extra.case);
    expect(extra.case.derived.contactBasis).toBe('in_contact');
  });
});

describe('seed generator: realism', () => {
  const regionShare = (region: string) => {
    const codes = new Set(NATIONALITIES.filter((n) => n.region === region).map((n) => n.code));
    return share((c) => codes.has(c.case.person.nationality));
  };

  it('spreads nationalities roughly like the public reporting', () => {
    expect(new Set(data.cases.map((c) => c.case.person.nationality)).size).toBeGreaterThanOrEqual(20);
    expect(regionShare('central_asia')).toBeGreaterThan(0.2);
    expect(regionShare('central_asia')).toBeLessThan(0.35);
    expect(regionShare('south_asia')).toBeGreaterThan(0.2);
    expect(regionShare('south_asia')).toBeLessThan(0.35);
    expect(regionShare('africa')).toBeGreaterThan(0.18);
    expect(regionShare('africa')).toBeLessThan(0.33);
    expect(share((c) => c.case.person.nationality === 'CU')).toBeGreaterThan(0.06);
  });

  it('uses every status and current situation', () => {
    expect(new Set(data.cases.map((c) => c.case.status))).toEqual(new Set(CaseStatus.codes));
    expect(new Set(data.cases.map((c) => c.case.whereabouts.situation))).toEqual(new Set(CurrentSituation.codes));
    expect(new Set(data.cases.map((c) => c.case.derived.contactBasis)).size).toBe(5);
  });

  it('logs 0 to 20 contacts a case, about five on average', () => {
    const lengths = data.cases.map((c) => c.contacts.length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeGreaterThan(4);
    expect(mean).toBeLessThan(6);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(20);
    expect(lengths).toContain(0);
  });

  it('leaves some follow-ups overdue and some contact lost, but not most', () => {
    const overdue = share((c) => c.case.derived.nextFollowUpDue !== null && c.case.derived.nextFollowUpDue < TODAY);
    expect(overdue).toBeGreaterThan(0.03);
    expect(overdue).toBeLessThan(0.2);
    const lost = share((c) => c.case.status === 'in_contact' && c.case.derived.lastContactAt! < '2026-02-15');
    expect(lost).toBeGreaterThan(0.02);
    expect(lost / share((c) => c.case.status === 'in_contact')).toBeLessThan(0.5);
  });

  it('writes names in several scripts and transliterations, and birth dates known in part', () => {
    const names = data.cases.flatMap((c) => [c.case.person.fullName, ...c.case.person.otherNames]);
    for (const script of ['Cyrillic', 'Devanagari', 'Arabic', 'Bengali', 'Ethiopic', 'Sinhala']) {
      expect(names.some((n) => new RegExp(`\\p{Script=${script}}`, 'u').test(n)), script).toBe(true);
    }
    const muhammads = new Set(names.flatMap((n) => n.split(' ')).filter((t) => /^M[uo][hk]+am+[ae]d$/.test(t)));
    expect(muhammads.size).toBeGreaterThanOrEqual(3);
    const births = data.cases.map((c) => c.case.person.dateOfBirth);
    expect(births.some((d) => d === null)).toBe(true);
    expect(births.some((d) => d?.length === 4)).toBe(true);
    expect(births.some((d) => d?.length === 7)).toBe(true);
  });

  it('puts cases in groups of one nationality, and some in no group', () => {
    for (const group of data.groups) {
      const members = data.cases.filter((c) => c.case.groupIds.includes(group.id));
      expect(new Set(members.map((c) => c.case.person.nationality)).size).toBeLessThanOrEqual(1);
    }
    expect(share((c) => c.case.groupIds.length > 0)).toBeLessThan(0.5);
  });
});
