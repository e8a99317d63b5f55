import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseToIntakeRow, INTAKE_HEADERS, intakeRowProbe, intakeRowToRecord, unneutraliseCell, type IntakeCells, type IntakeRecord } from '../../../shared/domain/intake-csv';
import { localIsoDate, setWorkstationToday } from '../../../shared/domain/partial-date';
import type { Case } from '../../../shared/schemas/case';

const base: IntakeCells = { full_name: 'Sipho Dlamini', nationality: 'ZA' };

function record(cells: IntakeCells): IntakeRecord {
  const result = intakeRowToRecord({ ...base, ...cells });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

function problems(cells: IntakeCells) {
  const result = intakeRowToRecord({ ...base, ...cells });
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('intake row → case record', () => {
  it('fills what the format has no column for with safe defaults', () => {
    const r = record({});
    expect(r).toMatchObject({ reference: null, status: 'reported', whereabouts: { country: null, place: '' } });
    expect(r.newCase).toMatchObject({ priority: 'normal', situation: 'unknown', person: { sex: 'unknown', dateOfBirth: null, otherNames: [] } });
    // Without a recorded waiver, whereabouts are never passed on.
    expect(r.newCase.reportedBy.consentToShare).toBe(false);
  });

  it('accepts codes or English labels, whatever their case', () => {
    const r = record({
      sex: 'FEMALE',
      current_situation: 'Prisoner of war',
      recruitment_methods: 'false_job_offer; Promise of citizenship, visa or residence ;THREATS TO FAMILY',
      recruitment_channel: 'recruitment agent or agency',
      platform: 'Telegram',
      status: 'In contact',
    });
    expect(r.newCase.person.sex).toBe('female');
    expect(r.newCase.situation).toBe('prisoner_of_war');
    expect(r.recruitment.methods).toEqual(['false_job_offer', 'promise_of_status', 'threats_to_family']);
    expect(r.recruitment).toMatchObject({ channel: 'recruitment_agent', platform: 'telegram' });
    expect(r.status).toBe('in_contact');
  });

  it('reads countries as codes or English names, accents and case aside', () => {
    expect(record({ nationality: 'za' }).newCase.person.nationality).toBe('ZA');
    expect(record({ nationality: 'South Africa' }).newCase.person.nationality).toBe('ZA');
    expect(record({ nationality: "cote d'ivoire" }).newCase.person.nationality).toBe('CI');
    expect(record({ location_country: 'Ukraine' }).whereabouts.country).toBe('UA');
  });

  it('splits multi-valued cells on ";" and reads partial dates', () => {
    const r = record({ other_names: 'Сипо Дламини; ;Sipho Dhlamini', date_of_birth: '1994-03' });
    expect(r.newCase.person.otherNames).toEqual(['Сипо Дламини', 'Sipho Dhlamini']);
    expect(r.newCase.person.dateOfBirth).toBe('1994-03');
    expect(record({ date_of_birth: '1994' }).newCase.person.dateOfBirth).toBe('1994');
  });

  it('normalises phone numbers with the nationality as the default country', () => {
    const r = record({ phone: '082 123 4567', reported_by_phone: '0027 83 123 4567' });
    expect(r.newCase.person.phone).toBe('+27821234567');
    expect(r.newCase.reportedBy.phone).toBe('+27831234567');
  });

  it('names the column and quotes the cell for every problem', () => {
    expect(
      problems({ date_of_birth: '1994-02-30', nationality: 'Atlantis', sex: 'robot', reported_on: '2026-13-01', reference: 'ZA-1' }),
    ).toEqual(
      expect.arrayContaining([
        { column: 'nationality', messageKey: 'csv.unknownCountry', params: { value: 'Atlantis' } },
        { column: 'sex', messageKey: 'csv.unknownValue', params: { value: 'robot' } },
        { column: 'date_of_birth', messageKey: 'csv.badPartialDate', params: { value: '1994-02-30' } },
        { column: 'reported_on', messageKey: 'csv.badDate', params: { value: '2026-13-01' } },
        { column: 'reference', messageKey: 'csv.badReference', params: { value: 'ZA-1' } },
      ]),
    );
    expect(problems({ phone: '12' })).toEqual([{ column: 'phone', messageKey: 'csv.badPhone', params: { value: '12' } }]);
    // A national number cannot be read without a nationality: only the nationality is reported.
    expect(problems({ nationality: 'Atlantis', phone: '082 123 4567' })).toEqual([{ column: 'nationality', messageKey: 'csv.unknownCountry', params: { value: 'Atlantis' } }]);
    expect(problems({ full_name: '  ' })).toEqual([{ column: 'full_name', messageKey: 'csv.required', params: { value: '' } }]);
    expect(problems({ nationality: '' })).toEqual([{ column: 'nationality', messageKey: 'csv.required', params: { value: '' } }]);
    expect(problems({ recruitment_methods: 'false_job_offer;bribed' })).toEqual([{ column: 'recruitment_methods', messageKey: 'csv.unknownValue', params: { value: 'bribed' } }]);
  });

  it('refuses Returned and Closed, which need steps and a closure reason the file cannot hold', () => {
    expect(problems({ status: 'Returned' })).toEqual([{ column: 'status', messageKey: 'csv.status.returned', params: { value: 'Returned' } }]);
    expect(problems({ status: 'closed' })).toEqual([{ column: 'status', messageKey: 'csv.status.closed', params: { value: 'closed' } }]);
  });

  it('keeps formula-like text as text', () => {
    expect(record({ full_name: '=HYPERLINK("http://evil","x")', notes: '@SUM(A1)' }).newCase).toMatchObject({
      person: { fullName: '=HYPERLINK("http://evil","x")' },
      notes: '@SUM(A1)',
    });
  });
});

describe('formula neutralisation', () => {
  it('strips exactly the one apostrophe an export adds', () => {
    expect(unneutraliseCell("'=1+1")).toBe('=1+1');
    expect(unneutraliseCell("''=1+1")).toBe("'=1+1");
    expect(unneutraliseCell("'+27821234567")).toBe('+27821234567');
    expect(unneutraliseCell("'tis")).toBe("'tis");
    expect(unneutraliseCell('=1+1')).toBe('=1+1');
  });
});

describe('dates in the future', () => {
  // The workstation's clock says 1 March 2026 (the data layer installs its Clock's today the same way).
  beforeEach(() => setWorkstationToday(() => '2026-03-01'));
  afterEach(() => setWorkstationToday(() => localIsoDate(new Date())));

  it('refuses a report dated after today, with its column and the cell quoted', () => {
    expect(problems({ reported_on: '2031-05-01' })).toEqual([{ column: 'reported_on', messageKey: 'csv.dateInFuture', params: { value: '2031-05-01' } }]);
    expect(problems({ reported_on: '2026-03-02' })).toEqual([{ column: 'reported_on', messageKey: 'csv.dateInFuture', params: { value: '2026-03-02' } }]);
    expect(record({ reported_on: '2026-03-01' }).newCase.reportedBy.reportedOn).toBe('2026-03-01');
  });

  it('refuses a birth after today, a partial date by its earliest day', () => {
    expect(problems({ date_of_birth: '2027' })).toEqual([{ column: 'date_of_birth', messageKey: 'csv.dateInFuture', params: { value: '2027' } }]);
    expect(record({ date_of_birth: '2026' }).newCase.person.dateOfBirth).toBe('2026');
  });

  it('judges by the day the workstation says, not by the computer’s calendar', () => {
    setWorkstationToday(() => '2031-06-01');
    expect(record({ reported_on: '2031-05-01' }).newCase.reportedBy.reportedOn).toBe('2031-05-01');
  });
});

describe('open and closed lists', () => {
  it('an unknown platform or channel is Other, the text kept, with a warning for the preview', () => {
    const result = intakeRowToRecord({ ...base, platform: 'YouTube', recruitment_channel: 'Radio advert' });
    expect(result).toMatchObject({ ok: true, record: { recruitment: { platform: 'other', platformOther: 'YouTube', channel: 'other', channelOther: 'Radio advert' } } });
    expect(result.warnings).toEqual([
      { column: 'recruitment_channel', messageKey: 'csv.keptAsOther', params: { value: 'Radio advert' } },
      { column: 'platform', messageKey: 'csv.keptAsOther', params: { value: 'YouTube' } },
    ]);
  });

  it('a known value, "Other" itself or an empty cell keeps no text and warns of nothing', () => {
    const result = intakeRowToRecord({ ...base, platform: 'Other', recruitment_channel: 'messenger channel' });
    expect(result).toMatchObject({ ok: true, warnings: [], record: { recruitment: { platform: 'other', platformOther: '', channel: 'messenger_channel', channelOther: '' } } });
    expect(record({}).recruitment).toMatchObject({ platform: null, platformOther: '', channel: null, channelOther: '' });
  });

  it('closed lists still refuse what they lack: status, recruitment method, situation, sex', () => {
    expect(problems({ status: 'Pending', recruitment_methods: 'bribed', current_situation: 'On leave', sex: 'robot' })).toEqual(
      expect.arrayContaining([
        { column: 'status', messageKey: 'csv.unknownValue', params: { value: 'Pending' } },
        { column: 'recruitment_methods', messageKey: 'csv.unknownValue', params: { value: 'bribed' } },
        { column: 'current_situation', messageKey: 'csv.unknownValue', params: { value: 'On leave' } },
        { column: 'sex', messageKey: 'csv.unknownValue', params: { value: 'robot' } },
      ]),
    );
  });

  it('a refused row still carries the warnings of its open lists', () => {
    const result = intakeRowToRecord({ ...base, platform: 'YouTube', sex: 'robot' });
    expect(result.ok).toBe(false);
    expect(result.warnings).toEqual([{ column: 'platform', messageKey: 'csv.keptAsOther', params: { value: 'YouTube' } }]);
  });

  it('export writes the kept text in the column, so that import reads back Other and the same text', () => {
    const imported = record({ platform: 'YouTube', recruitment_channel: 'Radio advert' });
    const exported = caseToIntakeRow({ reference: '', status: 'reported', person: imported.newCase.person, reportedBy: imported.newCase.reportedBy, whereabouts: { ...imported.whereabouts, situation: imported.newCase.situation }, recruitment: imported.recruitment, notes: '' } as unknown as Case);
    const cells = Object.fromEntries(INTAKE_HEADERS.map((h, i) => [h, exported[i]!]));
    expect(cells).toMatchObject({ platform: 'YouTube', recruitment_channel: 'Radio advert' });
    expect(record(cells).recruitment).toMatchObject({ platform: 'other', platformOther: 'YouTube', channel: 'other', channelOther: 'Radio advert' });
  });
});

describe('the person a row names, for duplicate candidates', () => {
  it('is read from the cells whatever else is wrong with the row', () => {
    const cells = { full_name: ' Sipho Dlamini ', other_names: 'Sipho Dhlamini; ', nationality: 'South Africa', date_of_birth: '1994-02-30', passport_number: 'a 123-4567', reported_on: '2031-01-01' };
    expect(intakeRowToRecord(cells).ok).toBe(false);
    expect(intakeRowProbe(cells)).toEqual({ fullName: 'Sipho Dlamini', otherNames: ['Sipho Dhlamini'], nationality: 'ZA', dateOfBirth: null, passportNumber: 'a 123-4567' });
    // An unknown country is kept as written, so that two rows naming it still agree.
    expect(intakeRowProbe({ nationality: 'Wakanda' }).nationality).toBe('Wakanda');
  });
});
