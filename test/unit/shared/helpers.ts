/** Fixtures and helpers shared by the tests of shared/. */
import type { z } from 'zod';
import { buildNewCase, type NewCaseContext, type NewCaseInput } from '../../../shared/domain/new-case';
import type { Case, Person, ReportedBy } from '../../../shared/schemas/case';
import type { RecordMeta } from '../../../shared/schemas/primitives';

export const ACTOR_ID = '0b7c6a3e-1d2f-4a5b-8c9d-0e1f2a3b4c5d';
export const CASE_ID = '6f1e2d3c-4b5a-4968-8776-655443322110';
export const OTHER_ID = '1a2b3c4d-5e6f-4a0b-9c8d-7e6f5a4b3c2d';
export const NOW = '2026-03-07T10:15:00.000+02:00';

export interface IssueSummary {
  path: string;
  message: string;
}

/** Parses and returns the issues as `path` / message pairs; throws if the input unexpectedly passes. */
export function issuesOf(schema: z.ZodType, input: unknown): IssueSummary[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected a validation failure, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Parses and returns the output; throws with the issues if the input unexpectedly fails. */
export function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

export function validPerson(overrides: Partial<Record<keyof Person, unknown>> = {}): Record<string, unknown> {
  return {
    fullName: 'Thabo Mokoena',
    otherNames: ['Табо Мокоэна'],
    dateOfBirth: '1994-03-07',
    sex: 'male',
    nationality: 'ZA',
    passportNumber: 'A01234567',
    nationalIdNumber: '9403075800081',
    homeTown: 'Soweto',
    languages: ['English', 'Zulu'],
    phone: '+27 82 123 4567',
    messengerHandle: '@thabo',
    ...overrides,
  };
}

export function validReportedBy(overrides: Partial<Record<keyof ReportedBy, unknown>> = {}): Record<string, unknown> {
  return {
    name: 'Lerato Mokoena',
    relationship: 'Sister',
    phone: '0027821234568',
    email: 'lerato@example.org',
    reportedOn: '2026-03-01',
    consentToShare: true,
    ...overrides,
  };
}

export function validMeta(overrides: Partial<RecordMeta> = {}): RecordMeta {
  return {
    id: CASE_ID,
    createdAt: NOW,
    createdBy: ACTOR_ID,
    updatedAt: NOW,
    updatedBy: ACTOR_ID,
    version: 1,
    deletedAt: null,
    ...overrides,
  };
}

export function newCaseInput(overrides: Partial<NewCaseInput> = {}): NewCaseInput {
  return {
    person: {
      fullName: 'Thabo Mokoena',
      otherNames: ['Табо Мокоэна', 'T. Mokoena'],
      dateOfBirth: '1994',
      sex: 'male',
      nationality: 'ZA',
      passportNumber: 'A01234567',
      nationalIdNumber: '',
      homeTown: 'Soweto',
      languages: ['English'],
      phone: '+27821234567',
      messengerHandle: '',
    },
    priority: 'high',
    situation: 'deployed',
    reportedBy: {
      name: 'Lerato Mokoena',
      relationship: 'Sister',
      phone: '',
      email: '',
      reportedOn: '2026-03-01',
      consentToShare: false,
    },
    notes: 'Distress message from Donetsk.',
    ...overrides,
  };
}

export const CONTEXT: NewCaseContext = {
  id: CASE_ID,
  reference: 'ZA-MOW-2026-0017',
  actorId: ACTOR_ID,
  now: NOW,
  today: '2026-03-07',
};

export function validCase(): Case {
  return buildNewCase(newCaseInput(), CONTEXT);
}
