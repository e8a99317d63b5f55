import { describe, expect, it } from 'vitest';
import { ContactEntryFieldsSchema, ContactEntrySchema } from '../../../../shared/schemas/contact';
import { FollowUpFieldsSchema, FollowUpSchema } from '../../../../shared/schemas/follow-up';
import { GroupFieldsSchema, GroupSchema } from '../../../../shared/schemas/group';
import { HistoryRecordSchema, JsonValueSchema } from '../../../../shared/schemas/history';
import { DEFAULT_CONTACT_LOST_DAYS, PostCodeSchema, WorkstationSettingsSchema } from '../../../../shared/schemas/settings';
import { StaffFieldsSchema, StaffSchema } from '../../../../shared/schemas/staff';
import { ACTOR_ID, CASE_ID, NOW, OTHER_ID, issuesOf, parsed, validMeta } from '../helpers';

describe('ContactEntrySchema', () => {
  const fields = {
    at: '2026-03-07T09:30:00+03:00',
    direction: 'outgoing',
    channel: 'via_icrc',
    with: 'authority',
    outcome: 'proof_of_life',
    summary: '  ICRC confirmed he is held as a prisoner of war.  ',
    followUpDue: '2026-03-14',
  };

  it('accepts an entry and trims the summary', () => {
    const entry = parsed(ContactEntrySchema, { ...validMeta({ id: OTHER_ID }), caseId: CASE_ID, ...fields });
    expect(entry.summary).toBe('ICRC confirmed he is held as a prisoner of war.');
    expect(entry.caseId).toBe(CASE_ID);
    expect(entry.followUpDue).toBe('2026-03-14');
  });

  it('turns an empty follow-up date into null', () => {
    expect(parsed(ContactEntryFieldsSchema, { ...fields, followUpDue: '' }).followUpDue).toBeNull();
  });

  it('refuses a bad time, follow-up date and unknown codes with their keys', () => {
    const issues = issuesOf(ContactEntryFieldsSchema, {
      ...fields,
      at: '2026-03-07',
      direction: 'sideways',
      channel: 'pigeon',
      with: 'neighbour',
      outcome: 'maybe',
      followUpDue: '2026-02-30',
    });
    expect(issues).toEqual([
      { path: 'at', message: 'validation.invalidDate' },
      { path: 'direction', message: 'validation.choose' },
      { path: 'channel', message: 'validation.choose' },
      { path: 'with', message: 'validation.choose' },
      { path: 'outcome', message: 'validation.choose' },
      { path: 'followUpDue', message: 'validation.invalidDate' },
    ]);
  });

  it('refuses a summary over 4000 characters', () => {
    expect(issuesOf(ContactEntryFieldsSchema, { ...fields, summary: 'x'.repeat(4001) })).toEqual([{ path: 'summary', message: 'validation.tooLong' }]);
  });

  it('requires the case id and record metadata', () => {
    expect(issuesOf(ContactEntrySchema, { ...validMeta(), caseId: 'case-17', ...fields })).toEqual([{ path: 'caseId', message: 'validation.invalid' }]);
    expect(ContactEntrySchema.safeParse({ caseId: CASE_ID, ...fields }).success).toBe(false);
  });
});

describe('FollowUpSchema', () => {
  const fields = { title: ' Call the family ', dueOn: '2026-03-10', assigneeId: ACTOR_ID, done: false };

  it('accepts a follow-up and trims the title', () => {
    const followUp = parsed(FollowUpSchema, { ...validMeta({ id: OTHER_ID }), caseId: CASE_ID, doneAt: null, ...fields });
    expect(followUp.title).toBe('Call the family');
    expect(followUp.assigneeId).toBe(ACTOR_ID);
  });

  it('accepts an unassigned, done follow-up', () => {
    const followUp = parsed(FollowUpSchema, { ...validMeta(), caseId: CASE_ID, doneAt: NOW, ...fields, assigneeId: null, done: true });
    expect(followUp.doneAt).toBe(NOW);
    expect(followUp.assigneeId).toBeNull();
  });

  it('refuses an empty title with validation.required', () => {
    expect(issuesOf(FollowUpFieldsSchema, { ...fields, title: '  ' })).toEqual([{ path: 'title', message: 'validation.required' }]);
  });

  it.each(['', '2026-03', '2026-02-30'])('refuses the due date %j (required, full date) with validation.invalidDate', (dueOn) => {
    expect(issuesOf(FollowUpFieldsSchema, { ...fields, dueOn })).toEqual([{ path: 'dueOn', message: 'validation.invalidDate' }]);
  });

  it('refuses a missing due date', () => {
    expect(issuesOf(FollowUpFieldsSchema, { ...fields, dueOn: null }).map((i) => i.path)).toEqual(['dueOn']);
  });

  it('refuses a malformed done-at time', () => {
    expect(issuesOf(FollowUpSchema, { ...validMeta(), caseId: CASE_ID, doneAt: 'today', ...fields })).toEqual([
      { path: 'doneAt', message: 'validation.invalidDate' },
    ]);
  });
});

describe('GroupSchema', () => {
  it('accepts a group', () => {
    const group = parsed(GroupSchema, { ...validMeta(), name: '17 South Africans — Donetsk distress signals', note: '' });
    expect(group.name).toBe('17 South Africans — Donetsk distress signals');
  });

  it('requires a name', () => {
    expect(issuesOf(GroupFieldsSchema, { name: '', note: 'x' })).toEqual([{ path: 'name', message: 'validation.required' }]);
    expect(issuesOf(GroupFieldsSchema, { note: 'x' })).toEqual([{ path: 'name', message: 'validation.required' }]);
  });

  it('bounds the name and note', () => {
    expect(issuesOf(GroupFieldsSchema, { name: 'n'.repeat(201), note: 'x'.repeat(4001) })).toEqual([
      { path: 'name', message: 'validation.tooLong' },
      { path: 'note', message: 'validation.tooLong' },
    ]);
  });
});

describe('StaffSchema', () => {
  it('accepts an active officer and an inactive supervisor', () => {
    const passphrase = { algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', verifier: 'dmVyaWZpZXI=' };
    expect(parsed(StaffSchema, { ...validMeta(), active: true, name: 'N. Dlamini', role: 'officer', passphrase }).role).toBe('officer');
    expect(parsed(StaffSchema, { ...validMeta(), active: false, name: 'P. Naidoo', role: 'supervisor', passphrase: null }).active).toBe(false);
  });

  it('refuses a passphrase stored in anything but a PBKDF2 verifier', () => {
    expect(issuesOf(StaffSchema, { ...validMeta(), active: true, name: 'N. Dlamini', role: 'officer', passphrase: 'secret' }).map((i) => i.path)).toEqual(['passphrase']);
  });

  it('refuses an empty name and unknown role', () => {
    expect(issuesOf(StaffFieldsSchema, { name: ' ', role: 'admin' })).toEqual([
      { path: 'name', message: 'validation.required' },
      { path: 'role', message: 'validation.choose' },
    ]);
  });

  it('bounds the name at 120 characters', () => {
    expect(parsed(StaffFieldsSchema, { name: 'n'.repeat(120), role: 'officer' }).name).toHaveLength(120);
    expect(issuesOf(StaffFieldsSchema, { name: 'n'.repeat(121), role: 'officer' })).toEqual([{ path: 'name', message: 'validation.tooLong' }]);
  });
});

describe('WorkstationSettingsSchema', () => {
  const settings = { issuingCountry: 'ZA', postCode: 'MOW', locale: 'en', contactLostDays: DEFAULT_CONTACT_LOST_DAYS };

  it('defaults "contact lost" to 14 days', () => {
    expect(DEFAULT_CONTACT_LOST_DAYS).toBe(14);
  });

  it('accepts settings', () => {
    expect(parsed(WorkstationSettingsSchema, settings)).toEqual({ ...settings, clock: '24h', idleLockMinutes: 10, stationCode: null });
  });

  it('upper-cases and trims the post code', () => {
    expect(parsed(PostCodeSchema, ' mow ')).toBe('MOW');
    expect(parsed(PostCodeSchema, 'pta01')).toBe('PTA01');
  });

  it.each(['M', 'ABCDEFGHI', 'MO W', 'MO-W', ''])('refuses the post code %j with validation.postCode', (postCode) => {
    expect(issuesOf(PostCodeSchema, postCode)).toEqual([{ path: '', message: 'validation.postCode' }]);
  });

  it('refuses a missing post code with validation.required', () => {
    expect(issuesOf(PostCodeSchema, undefined)).toEqual([{ path: '', message: 'validation.required' }]);
  });

  it.each(['XX', 'za', 'Narnia'])('refuses the issuing country %j with validation.country', (issuingCountry) => {
    expect(issuesOf(WorkstationSettingsSchema, { ...settings, issuingCountry })).toEqual([{ path: 'issuingCountry', message: 'validation.country' }]);
  });

  it('refuses an unsupported locale', () => {
    expect(issuesOf(WorkstationSettingsSchema, { ...settings, locale: 'xx' }).map((i) => i.path)).toEqual(['locale']);
  });

  it.each([0, 366, 1.5, -14])('refuses %d days for "contact lost"', (contactLostDays) => {
    expect(issuesOf(WorkstationSettingsSchema, { ...settings, contactLostDays }).map((i) => i.path)).toEqual(['contactLostDays']);
  });

  it.each([1, 365])('accepts %d days for "contact lost"', (contactLostDays) => {
    expect(parsed(WorkstationSettingsSchema, { ...settings, contactLostDays }).contactLostDays).toBe(contactLostDays);
  });
});

describe('History schemas', () => {
  const record = {
    id: OTHER_ID,
    caseId: CASE_ID,
    entity: 'case',
    entityId: CASE_ID,
    action: 'update',
    field: 'person.otherNames',
    oldValue: ['Tabo'],
    newValue: ['Tabo', 'Табо'],
    at: NOW,
    actorId: ACTOR_ID,
  };

  it('accepts a field change, without a note as with one', () => {
    expect(parsed(HistoryRecordSchema, record)).toEqual({ ...record, note: null });
    expect(parsed(HistoryRecordSchema, { ...record, note: 'Speaks Punjabi' }).note).toBe('Speaks Punjabi');
  });

  it('accepts a whole-record create outside any case', () => {
    const create = { ...record, caseId: null, entity: 'settings', entityId: 'workstation', action: 'create', field: null, oldValue: null, newValue: { postCode: 'MOW', contactLostDays: 14 } };
    expect(parsed(HistoryRecordSchema, create)).toEqual({ ...create, note: null });
  });

  it('refuses an unknown entity or action and an empty entity id', () => {
    expect(issuesOf(HistoryRecordSchema, { ...record, entity: 'person', action: 'merge', entityId: '' }).map((i) => i.path)).toEqual([
      'entity',
      'entityId',
      'action',
    ]);
  });

  it('requires a UUID actor and a timestamp', () => {
    expect(issuesOf(HistoryRecordSchema, { ...record, actorId: 'system', at: 'now' })).toEqual([
      { path: 'at', message: 'validation.invalidDate' },
      { path: 'actorId', message: 'validation.invalid' },
    ]);
  });

  it('JsonValueSchema accepts nested JSON', () => {
    const value = { a: [1, 'two', true, null, { b: [] }] };
    expect(parsed(JsonValueSchema, value)).toEqual(value);
  });

  it.each([undefined, () => 1, Symbol('x'), { a: undefined }, [new Map()]])('JsonValueSchema refuses a non-JSON value (%#)', (value) => {
    expect(JsonValueSchema.safeParse(value).success).toBe(false);
  });
});
