import { describe, expect, it } from 'vitest';
import { buildNewCase, NewCaseInputSchema, UNKNOWN_PLACE, UNKNOWN_RECRUITMENT } from '../../../../shared/domain/new-case';
import { initialSteps } from '../../../../shared/domain/steps';
import { CaseSchema } from '../../../../shared/schemas/case';
import { RepatriationStep } from '../../../../shared/taxonomy';
import { ACTOR_ID, CASE_ID, CONTEXT, NOW, issuesOf, newCaseInput, parsed, validPerson, validReportedBy } from '../helpers';

describe('initialSteps', () => {
  it('lists the twelve steps in checklist order, none started', () => {
    const steps = initialSteps();
    expect(steps.map((s) => s.step)).toEqual([...RepatriationStep.codes]);
    expect(steps).toHaveLength(12);
    for (const step of steps) expect(step).toEqual({ step: step.step, state: 'not_started', date: null, reference: '', note: '' });
  });

  it('returns a fresh list each time', () => {
    const first = initialSteps();
    first[0]!.state = 'done';
    expect(initialSteps()[0]!.state).toBe('not_started');
  });
});

describe('buildNewCase', () => {
  const record = buildNewCase(newCaseInput(), CONTEXT);

  it('produces a record CaseSchema accepts', () => {
    expect(parsed(CaseSchema, record)).toEqual(record);
  });

  it('starts as a reported, unassigned, open case', () => {
    expect(record.status).toBe('reported');
    expect(record.closureReason).toBeNull();
    expect(record.assigneeId).toBeNull();
    expect(record.groupIds).toEqual([]);
    expect(record.flags).toEqual([]);
    expect(record.possibleDuplicateOf).toEqual([]);
    expect(record.derived.lastContactAt).toBeNull();
  });

  it('takes id, reference, dates and actor from the context', () => {
    expect(record.id).toBe(CASE_ID);
    expect(record.reference).toBe('ZA-MOW-2026-0017');
    expect(record.openedOn).toBe('2026-03-07');
    expect(record.createdAt).toBe(NOW);
    expect(record.updatedAt).toBe(NOW);
    expect(record.createdBy).toBe(ACTOR_ID);
    expect(record.updatedBy).toBe(ACTOR_ID);
  });

  it('is version 1 and not deleted', () => {
    expect(record.version).toBe(1);
    expect(record.deletedAt).toBeNull();
  });

  it('has the 12 steps, all not started', () => {
    expect(record.steps).toEqual(initialSteps());
    expect(record.steps.every((s) => s.state === 'not_started')).toBe(true);
  });

  it('takes person, reporter, priority, situation and notes from the input', () => {
    const input = newCaseInput();
    expect(record.person).toEqual(input.person);
    expect(record.reportedBy).toEqual(input.reportedBy);
    expect(record.priority).toBe('high');
    expect(record.whereabouts).toEqual({ situation: 'deployed', country: null, place: '', militaryUnit: '', lastKnownOn: null });
    expect(record.notes).toBe('Distress message from Donetsk.');
  });

  it('starts with an empty recruitment record', () => {
    expect(record.recruitment).toEqual({
      methods: [],
      channel: null,
      channelOther: '',
      platform: null,
      platformOther: '',
      promisedJob: '',
      promisedPay: { amount: null, currency: null, perMonth: true },
      recruiterName: '',
      leftHomeOn: null,
      route: [],
      contractSignedOn: null,
      contractLanguage: '',
      contractTranslated: 'unknown',
      trainingLength: '',
    });
  });

  it('derives name tokens from the full name and the other names', () => {
    expect(record.derived.nameTokens).toEqual(['thabo', 'mokoena', 'табо', 'мокоэна', 't']);
  });

  it('derives name tokens from the full name alone when there are no other names', () => {
    const input = newCaseInput();
    const built = buildNewCase({ ...input, person: { ...input.person, fullName: 'José Ñúñez-García', otherNames: [] } }, CONTEXT);
    expect(built.derived.nameTokens).toEqual(['jose', 'nunez', 'garcia']);
  });

  it('does not share the step list between cases', () => {
    const a = buildNewCase(newCaseInput(), CONTEXT);
    const b = buildNewCase(newCaseInput(), CONTEXT);
    a.steps[0]!.state = 'done';
    expect(b.steps[0]!.state).toBe('not_started');
  });
});

describe('NewCaseInputSchema', () => {
  const raw = {
    person: validPerson({ dateOfBirth: '' }),
    priority: 'critical',
    situation: 'prisoner_of_war',
    reportedBy: validReportedBy({ reportedOn: '' }),
    notes: '  Called from Donetsk.  ',
  };

  it('parses form input into what buildNewCase needs, and the result is a valid case', () => {
    const input = parsed(NewCaseInputSchema, raw);
    expect(input.person.dateOfBirth).toBeNull();
    expect(input.person.phone).toBe('+27821234567');
    expect(input.reportedBy.reportedOn).toBeNull();
    expect(input.notes).toBe('Called from Donetsk.');
    const built = buildNewCase(input, CONTEXT);
    expect(CaseSchema.safeParse(built).success).toBe(true);
    expect(built.derived.nameTokens).toEqual(expect.arrayContaining(['thabo', 'mokoena', 'табо', 'мокоэна']));
  });

  it('reports nested problems at their full path', () => {
    const issues = issuesOf(NewCaseInputSchema, {
      ...raw,
      person: validPerson({ fullName: ' ', nationality: 'Narnia' }),
      priority: 'urgent',
      reportedBy: validReportedBy({ phone: 'abc' }),
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'person.fullName', message: 'validation.required' },
        { path: 'person.nationality', message: 'validation.country' },
        { path: 'priority', message: 'validation.choose' },
        { path: 'reportedBy.phone', message: 'validation.phone' },
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it('bounds the notes at 10,000 characters', () => {
    expect(issuesOf(NewCaseInputSchema, { ...raw, notes: 'x'.repeat(10001) })).toEqual([{ path: 'notes', message: 'validation.tooLong' }]);
  });

  it('keeps the whereabouts and recruitment the call told, with the situation asked beside them', () => {
    const input = parsed(NewCaseInputSchema, {
      ...raw,
      whereabouts: { country: 'UA', place: ' Donetsk ', militaryUnit: '', lastKnownOn: '2026-02-20' },
      recruitment: { ...UNKNOWN_RECRUITMENT, methods: ['false_job_offer'], channel: 'online_job_advert', promisedJob: 'Driver', route: ['TR', 'RU'], leftHomeOn: '', contractSignedOn: '' },
    });
    const built = buildNewCase(input, CONTEXT);
    expect(built.whereabouts).toEqual({ situation: 'prisoner_of_war', country: 'UA', place: 'Donetsk', militaryUnit: '', lastKnownOn: '2026-02-20' });
    expect(built.recruitment).toEqual({ ...UNKNOWN_RECRUITMENT, methods: ['false_job_offer'], channel: 'online_job_advert', promisedJob: 'Driver', route: ['TR', 'RU'] });
    expect(CaseSchema.safeParse(built).success).toBe(true);
  });

  it('opens a case whose whereabouts and recruitment were skipped as knowing nothing of them', () => {
    const built = buildNewCase(parsed(NewCaseInputSchema, raw), CONTEXT);
    expect(built.whereabouts).toEqual({ situation: 'prisoner_of_war', ...UNKNOWN_PLACE });
    expect(built.recruitment).toEqual(UNKNOWN_RECRUITMENT);
  });

  it('reports a problem of the whereabouts or recruitment at its full path', () => {
    const issues = issuesOf(NewCaseInputSchema, {
      ...raw,
      whereabouts: { ...UNKNOWN_PLACE, country: 'Narnia' },
      recruitment: { ...UNKNOWN_RECRUITMENT, promisedPay: { amount: -5, currency: null, perMonth: true } },
    });
    expect(issues).toEqual([
      { path: 'whereabouts.country', message: 'validation.country' },
      { path: 'recruitment.promisedPay.amount', message: 'validation.amount' },
    ]);
  });
});
