import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CaseSchema,
  PersonSchema,
  PromisedPaySchema,
  RecruitmentSchema,
  ReportedBySchema,
  StepSchema,
  StepsSchema,
  WhereaboutsSchema,
} from '../../../../shared/schemas/case';
import { initialSteps } from '../../../../shared/domain/steps';
import { issuesOf, OTHER_ID, parsed, validCase, validPerson, validReportedBy } from '../helpers';

const currentYear = new Date().getFullYear();

describe('PersonSchema', () => {
  it('accepts a complete person and normalises phone and passport', () => {
    const person = parsed(PersonSchema, validPerson({ passportNumber: ' a01-234 567 ' }));
    expect(person.phone).toBe('+27821234567');
    expect(person.passportNumber).toBe('A01234567');
    expect(person.fullName).toBe('Thabo Mokoena');
    expect(person.otherNames).toEqual(['Табо Мокоэна']);
  });

  it('accepts the minimum: a name, a sex and a nationality', () => {
    const person = parsed(
      PersonSchema,
      validPerson({ otherNames: [], dateOfBirth: null, passportNumber: '', nationalIdNumber: '', homeTown: '', languages: [], phone: '', messengerHandle: '' }),
    );
    expect(person.phone).toBe('');
    expect(person.dateOfBirth).toBeNull();
  });

  it('trims the full name', () => {
    expect(parsed(PersonSchema, validPerson({ fullName: '  Thabo Mokoena  ' })).fullName).toBe('Thabo Mokoena');
  });

  it.each(['', '   ', undefined])('refuses a full name of %j with validation.required at fullName', (fullName) => {
    expect(issuesOf(PersonSchema, validPerson({ fullName }))).toEqual([{ path: 'fullName', message: 'validation.required' }]);
  });

  it('refuses a full name over 200 characters with validation.tooLong', () => {
    expect(issuesOf(PersonSchema, validPerson({ fullName: 'a'.repeat(201) }))).toEqual([{ path: 'fullName', message: 'validation.tooLong' }]);
  });

  it('refuses a blank other name at its index', () => {
    expect(issuesOf(PersonSchema, validPerson({ otherNames: ['Tabo', ' '] }))).toEqual([{ path: 'otherNames.1', message: 'validation.required' }]);
  });

  it('refuses more than 30 other names with validation.tooMany', () => {
    const otherNames = Array.from({ length: 31 }, (_, i) => `Name ${i}`);
    expect(issuesOf(PersonSchema, validPerson({ otherNames }))).toEqual([{ path: 'otherNames', message: 'validation.tooMany' }]);
    expect(parsed(PersonSchema, validPerson({ otherNames: otherNames.slice(0, 30) })).otherNames).toHaveLength(30);
  });

  it('refuses more than 20 languages with validation.tooMany', () => {
    const languages = Array.from({ length: 21 }, (_, i) => `Language ${i}`);
    expect(issuesOf(PersonSchema, validPerson({ languages }))).toEqual([{ path: 'languages', message: 'validation.tooMany' }]);
  });

  describe('date of birth', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it.each(['1994', '1994-03', '1994-03-07'])('accepts the partial date %s', (dateOfBirth) => {
      expect(parsed(PersonSchema, validPerson({ dateOfBirth })).dateOfBirth).toBe(dateOfBirth);
    });

    it('turns empty input into null (unknown)', () => {
      expect(parsed(PersonSchema, validPerson({ dateOfBirth: '' })).dateOfBirth).toBeNull();
    });

    it('accepts null (unknown)', () => {
      expect(parsed(PersonSchema, validPerson({ dateOfBirth: null })).dateOfBirth).toBeNull();
    });

    it.each(['1994-02-30', '1994-13', '94', '1994-3-7', 'March 1994'])('refuses %j with validation.invalidPartialDate', (dateOfBirth) => {
      expect(issuesOf(PersonSchema, validPerson({ dateOfBirth }))).toEqual([{ path: 'dateOfBirth', message: 'validation.invalidPartialDate' }]);
    });

    it('refuses a year after the current one with validation.dateInFuture', () => {
      const nextYear = String(currentYear + 1);
      expect(issuesOf(PersonSchema, validPerson({ dateOfBirth: nextYear }))).toEqual([{ path: 'dateOfBirth', message: 'validation.dateInFuture' }]);
      expect(issuesOf(PersonSchema, validPerson({ dateOfBirth: `${nextYear}-01-01` }))).toEqual([
        { path: 'dateOfBirth', message: 'validation.dateInFuture' },
      ]);
    });

    it('accepts the current year (it is not in the future)', () => {
      expect(parsed(PersonSchema, validPerson({ dateOfBirth: String(currentYear) })).dateOfBirth).toBe(String(currentYear));
    });

    it("compares with the workstation's local date: today passes, tomorrow and next month do not", () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2030, 5, 15, 23, 30)); // 15 June 2030, 23:30 local time
      expect(parsed(PersonSchema, validPerson({ dateOfBirth: '2030-06-15' })).dateOfBirth).toBe('2030-06-15');
      expect(parsed(PersonSchema, validPerson({ dateOfBirth: '2030-06' })).dateOfBirth).toBe('2030-06');
      expect(parsed(PersonSchema, validPerson({ dateOfBirth: '2030' })).dateOfBirth).toBe('2030');
      expect(issuesOf(PersonSchema, validPerson({ dateOfBirth: '2030-06-16' }))).toEqual([{ path: 'dateOfBirth', message: 'validation.dateInFuture' }]);
      expect(issuesOf(PersonSchema, validPerson({ dateOfBirth: '2030-07' }))).toEqual([{ path: 'dateOfBirth', message: 'validation.dateInFuture' }]);
    });
  });

  describe('phone', () => {
    it.each([
      ['+27 82 123 4567', '+27821234567'],
      ['0027821234567', '+27821234567'],
      ['0027 82 123 4567', '+27821234567'],
    ])('normalises %j to %s', (phone, expected) => {
      expect(parsed(PersonSchema, validPerson({ phone })).phone).toBe(expected);
    });

    it('keeps empty input as "not known"', () => {
      expect(parsed(PersonSchema, validPerson({ phone: '' })).phone).toBe('');
    });

    it.each(['abc', '+27 12', '+1'])('refuses %j with validation.phone at phone', (phone) => {
      expect(issuesOf(PersonSchema, validPerson({ phone }))).toEqual([{ path: 'phone', message: 'validation.phone' }]);
    });
  });

  describe('passport number', () => {
    it.each([
      ['a01234567', 'A01234567'],
      ['A01 234 567', 'A01234567'],
      ['a01-234-567', 'A01234567'],
      ['  m 12 - 34  ', 'M1234'],
      ['', ''],
    ])('normalises %j to %j', (passportNumber, expected) => {
      expect(parsed(PersonSchema, validPerson({ passportNumber })).passportNumber).toBe(expected);
    });

    it.each(['A0123/4567', 'A.0123', 'Ä0123', 'A0123_4567'])('refuses %j with validation.passport', (passportNumber) => {
      expect(issuesOf(PersonSchema, validPerson({ passportNumber }))).toEqual([{ path: 'passportNumber', message: 'validation.passport' }]);
    });

    it('refuses more than 30 characters with validation.tooLong', () => {
      expect(issuesOf(PersonSchema, validPerson({ passportNumber: 'A'.repeat(31) })).map((i) => i.message)).toContain('validation.tooLong');
    });
  });

  describe('nationality', () => {
    it('accepts ZA', () => {
      expect(parsed(PersonSchema, validPerson({ nationality: 'ZA' })).nationality).toBe('ZA');
    });

    it.each(['XX', 'za', 'Narnia', '', undefined, null])('refuses %j with validation.country at nationality', (nationality) => {
      expect(issuesOf(PersonSchema, validPerson({ nationality }))).toEqual([{ path: 'nationality', message: 'validation.country' }]);
    });
  });

  it('refuses an unknown sex with validation.choose', () => {
    expect(issuesOf(PersonSchema, validPerson({ sex: 'M' }))).toEqual([{ path: 'sex', message: 'validation.choose' }]);
  });

  it('reports every bad field at once', () => {
    const paths = issuesOf(PersonSchema, validPerson({ fullName: '', nationality: 'XX', phone: 'abc', dateOfBirth: '94' })).map((i) => i.path);
    expect(paths.sort()).toEqual(['dateOfBirth', 'fullName', 'nationality', 'phone']);
  });
});

describe('ReportedBySchema', () => {
  it('accepts a reporter and normalises the phone number', () => {
    const reportedBy = parsed(ReportedBySchema, validReportedBy());
    expect(reportedBy.phone).toBe('+27821234568');
    expect(reportedBy.email).toBe('lerato@example.org');
    expect(reportedBy.consentToShare).toBe(true);
  });

  it('accepts an anonymous reporter with everything empty', () => {
    const reportedBy = parsed(ReportedBySchema, validReportedBy({ name: '', relationship: '', phone: '', email: '', reportedOn: '' }));
    expect(reportedBy).toEqual({ name: '', relationship: '', phone: '', email: '', reportedOn: null, consentToShare: true });
  });

  it('refuses a bad phone, email and date with their message keys', () => {
    const issues = issuesOf(ReportedBySchema, validReportedBy({ phone: '+27 12', email: 'lerato', reportedOn: '2026-02-30' }));
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'phone', message: 'validation.phone' },
        { path: 'email', message: 'validation.email' },
        { path: 'reportedOn', message: 'validation.invalidDate' },
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it('refuses a partial reported-on date (it must be a full date)', () => {
    expect(issuesOf(ReportedBySchema, validReportedBy({ reportedOn: '2026-03' }))).toEqual([{ path: 'reportedOn', message: 'validation.invalidDate' }]);
  });

  it('requires the privacy waiver to be an explicit yes or no', () => {
    expect(issuesOf(ReportedBySchema, validReportedBy({ consentToShare: undefined })).map((i) => i.path)).toEqual(['consentToShare']);
    expect(issuesOf(ReportedBySchema, validReportedBy({ consentToShare: 'yes' })).map((i) => i.path)).toEqual(['consentToShare']);
  });
});

describe('WhereaboutsSchema', () => {
  const whereabouts = { situation: 'prisoner_of_war', country: 'UA', place: ' Kyiv ', militaryUnit: '', lastKnownOn: '2026-02-20' };

  it('accepts whereabouts and trims text', () => {
    expect(parsed(WhereaboutsSchema, whereabouts)).toEqual({ ...whereabouts, place: 'Kyiv' });
  });

  it('accepts an unknown country and last-known date', () => {
    const result = parsed(WhereaboutsSchema, { ...whereabouts, country: null, lastKnownOn: '' });
    expect(result.country).toBeNull();
    expect(result.lastKnownOn).toBeNull();
  });

  it.each(['XX', 'ua', 'Ukraine'])('refuses the country %j with validation.country', (country) => {
    expect(issuesOf(WhereaboutsSchema, { ...whereabouts, country })).toEqual([{ path: 'country', message: 'validation.country' }]);
  });

  it('refuses an unknown situation with validation.choose', () => {
    expect(issuesOf(WhereaboutsSchema, { ...whereabouts, situation: 'missing' })).toEqual([{ path: 'situation', message: 'validation.choose' }]);
  });
});

describe('RecruitmentSchema', () => {
  const recruitment = {
    methods: ['false_job_offer', 'misrepresented_contract'],
    channel: 'messenger_channel',
    channelOther: '',
    platform: 'telegram',
    platformOther: '',
    promisedJob: 'Warehouse guard',
    promisedPay: { amount: 2000, currency: 'USD', perMonth: true },
    recruiterName: '',
    leftHomeOn: '2025-09-01',
    route: ['AE', 'RU'],
    contractSignedOn: '',
    contractLanguage: 'Russian',
    contractTranslated: 'no',
    trainingLength: '2 weeks',
  };

  it('accepts a recruitment record', () => {
    const result = parsed(RecruitmentSchema, recruitment);
    expect(result.methods).toEqual(['false_job_offer', 'misrepresented_contract']);
    expect(result.contractSignedOn).toBeNull();
    expect(result.route).toEqual(['AE', 'RU']);
  });

  it('refuses an unknown method at its index', () => {
    expect(issuesOf(RecruitmentSchema, { ...recruitment, methods: ['false_job_offer', 'bribery'] })).toEqual([
      { path: 'methods.1', message: 'validation.choose' },
    ]);
  });

  it('refuses an unknown transit country at its index', () => {
    expect(issuesOf(RecruitmentSchema, { ...recruitment, route: ['AE', 'XX'] })).toEqual([{ path: 'route.1', message: 'validation.country' }]);
  });

  it('refuses more than 20 transit countries', () => {
    expect(issuesOf(RecruitmentSchema, { ...recruitment, route: Array<string>(21).fill('AE') })).toEqual([{ path: 'route', message: 'validation.tooMany' }]);
  });

  it('refuses a bad promised pay at its nested path', () => {
    expect(issuesOf(RecruitmentSchema, { ...recruitment, promisedPay: { amount: -1, currency: 'usd', perMonth: true } })).toEqual([
      { path: 'promisedPay.amount', message: 'validation.amount' },
      { path: 'promisedPay.currency', message: 'validation.currency' },
    ]);
  });

  it('refuses an unknown contract-translated answer', () => {
    expect(issuesOf(RecruitmentSchema, { ...recruitment, contractTranslated: 'maybe' })).toEqual([
      { path: 'contractTranslated', message: 'validation.choose' },
    ]);
  });

  it('accepts an unknown promised pay', () => {
    expect(parsed(PromisedPaySchema, { amount: null, currency: null, perMonth: false })).toEqual({ amount: null, currency: null, perMonth: false });
  });
});

describe('StepSchema and StepsSchema', () => {
  it('accepts a step and turns an empty date into null', () => {
    expect(parsed(StepSchema, { step: 'departed', state: 'done', date: '', reference: ' DN-12 ', note: '' })).toEqual({
      step: 'departed',
      state: 'done',
      date: null,
      reference: 'DN-12',
      note: '',
    });
  });

  it('refuses an unknown state', () => {
    expect(issuesOf(StepSchema, { step: 'departed', state: 'finished', date: null, reference: '', note: '' })).toEqual([
      { path: 'state', message: 'validation.choose' },
    ]);
  });

  it('accepts the twelve initial steps', () => {
    expect(parsed(StepsSchema, initialSteps())).toHaveLength(12);
  });

  it('refuses steps out of order with validation.steps', () => {
    const steps = initialSteps();
    [steps[0], steps[1]] = [steps[1]!, steps[0]!];
    expect(issuesOf(StepsSchema, steps)).toEqual([{ path: '', message: 'validation.steps' }]);
  });

  it('refuses a step given twice', () => {
    const steps = initialSteps();
    steps[11] = { ...steps[10]! };
    expect(issuesOf(StepsSchema, steps).map((i) => i.message)).toContain('validation.steps');
  });

  it('refuses a missing or extra step', () => {
    expect(StepsSchema.safeParse(initialSteps().slice(0, 11)).success).toBe(false);
    expect(StepsSchema.safeParse([...initialSteps(), initialSteps()[0]]).success).toBe(false);
  });
});

describe('CaseSchema', () => {
  it('accepts a full record built by buildNewCase, unchanged', () => {
    const record = validCase();
    expect(parsed(CaseSchema, record)).toEqual(record);
  });

  it('accepts a case that has moved on', () => {
    const record = validCase();
    record.status = 'closed';
    record.closureReason = 'returned_settled';
    record.assigneeId = OTHER_ID;
    record.groupIds = [OTHER_ID];
    record.flags = ['trafficking_victim', 'medical_urgent'];
    record.possibleDuplicateOf = [OTHER_ID];
    record.derived.lastContactAt = '2026-03-08T09:00:00Z';
    record.steps[0] = { ...record.steps[0]!, state: 'done', date: '2026-03-08', reference: 'ID-1' };
    record.version = 5;
    expect(parsed(CaseSchema, record)).toEqual(record);
  });

  it('refuses steps out of order at path steps', () => {
    const record = validCase();
    record.steps.reverse();
    expect(issuesOf(CaseSchema, record)).toEqual([{ path: 'steps', message: 'validation.steps' }]);
  });

  it.each(['ZA-MOW-2026-0017', 'ZA-MO-2026-0001', 'ZA-ABCDEFGH-2026-0001', 'ZA-MOW2-2026-12345'])('accepts the reference %s', (reference) => {
    expect(parsed(CaseSchema, { ...validCase(), reference }).reference).toBe(reference);
  });

  it.each([
    'ZA-MOW-2026-17',
    'za-MOW-2026-0017',
    'ZAF-MOW-2026-0017',
    'ZA-M-2026-0017',
    'ZA-ABCDEFGHI-2026-0017',
    'ZA-mow-2026-0017',
    'ZA-MOW-26-0017',
    'ZA_MOW_2026_0017',
    'ZA-MOW-2026-0017 ',
    '',
  ])('refuses the reference %j with validation.reference', (reference) => {
    expect(issuesOf(CaseSchema, { ...validCase(), reference })).toEqual([{ path: 'reference', message: 'validation.reference' }]);
  });

  it('reports nested problems at their full path', () => {
    const record = validCase();
    const bad = {
      ...record,
      person: { ...record.person, nationality: 'XX', phone: 'abc' },
      whereabouts: { ...record.whereabouts, country: 'Narnia' },
      recruitment: { ...record.recruitment, route: ['XX'] },
    };
    expect(issuesOf(CaseSchema, bad)).toEqual(
      expect.arrayContaining([
        { path: 'person.nationality', message: 'validation.country' },
        { path: 'person.phone', message: 'validation.phone' },
        { path: 'whereabouts.country', message: 'validation.country' },
        { path: 'recruitment.route.0', message: 'validation.country' },
      ]),
    );
  });

  it('refuses an unknown status, closure reason, priority or flag with validation.choose', () => {
    const record = { ...validCase(), status: 'open', closureReason: 'solved', priority: 'low', flags: ['vip'] };
    expect(issuesOf(CaseSchema, record)).toEqual(
      expect.arrayContaining([
        { path: 'status', message: 'validation.choose' },
        { path: 'closureReason', message: 'validation.choose' },
        { path: 'priority', message: 'validation.choose' },
        { path: 'flags.0', message: 'validation.choose' },
      ]),
    );
  });

  it('refuses a malformed opened-on date and group id', () => {
    expect(issuesOf(CaseSchema, { ...validCase(), openedOn: '2026-3-7', groupIds: ['group-1'] })).toEqual([
      { path: 'groupIds.0', message: 'validation.invalid' },
      { path: 'openedOn', message: 'validation.invalidDate' },
    ]);
  });

  it('refuses a record without its metadata', () => {
    const { version: _version, updatedBy: _updatedBy, ...rest } = validCase();
    expect(issuesOf(CaseSchema, rest).map((i) => i.path).sort()).toEqual(['updatedBy', 'version']);
  });
});
