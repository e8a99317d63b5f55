import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_FIELDS, fieldAt, NOT_FIELDS, STEP_FIELDS, valueAt, type FieldSpec } from '../../../shared/fields';
import { caseToIntakeRow, INTAKE_HEADERS, REQUIRED_HEADERS } from '../../../shared/domain/intake-csv';
import { CaseSchema, StepSchema } from '../../../shared/schemas/case';
import { VOCABULARIES } from '../../../shared/taxonomy';
import { en } from '../../../renderer/src/i18n/en';
import { validCase } from './helpers';

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** Every leaf of a schema by dotted path; a list is one leaf. */
function leaves(schema: z.ZodType, prefix = ''): Map<string, z.ZodType> {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) return new Map([[prefix, inner]]);
  return new Map(Object.entries(inner.shape).flatMap(([key, child]) => [...leaves(child as z.ZodType, prefix ? `${prefix}.${key}` : key)]));
}

const caseLeaves = leaves(CaseSchema);
const fields: readonly FieldSpec[] = CASE_FIELDS;

function isExcluded(path: string): boolean {
  return Object.hasOwn(NOT_FIELDS, path) || Object.hasOwn(NOT_FIELDS, path.split('.')[0]!);
}

function messageAt(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('the field table', () => {
  it('has every leaf of the case schema exactly once, or excludes it with a reason', () => {
    for (const path of caseLeaves.keys()) {
      const entries = fields.filter((field) => field.path === path).length;
      expect({ path, described: entries + (isExcluded(path) ? 1 : 0) }).toEqual({ path, described: 1 });
    }
  });

  it('describes nothing the case schema does not have, and excludes only what it has', () => {
    for (const field of fields) expect(caseLeaves.has(field.path), field.path).toBe(true);
    for (const path of Object.keys(NOT_FIELDS)) expect([...caseLeaves.keys()].some((leaf) => leaf === path || leaf.startsWith(`${path}.`)), path).toBe(true);
  });

  it('marks lists exactly where the schema holds an array', () => {
    for (const field of fields) expect({ path: field.path, list: field.list === true }).toEqual({ path: field.path, list: caseLeaves.get(field.path) instanceof z.ZodArray });
  });

  it('names an existing vocabulary for every vocabulary field, and only for those', () => {
    for (const field of [...fields, ...STEP_FIELDS]) {
      expect(field.kind === 'vocabulary', JSON.stringify(field)).toBe('vocabulary' in field);
      if ('vocabulary' in field) expect(Object.hasOwn(VOCABULARIES, field.vocabulary!)).toBe(true);
    }
  });

  it('gives every field a label in the English catalogue', () => {
    for (const field of [...fields, ...STEP_FIELDS]) {
      expect(typeof messageAt(field.label), field.label).toBe('string');
      if ('historyLabel' in field && field.historyLabel) expect(typeof messageAt(field.historyLabel), field.historyLabel).toBe('string');
    }
  });

  it('describes every part of a repatriation step but its code', () => {
    expect(STEP_FIELDS.map((f) => f.part).sort()).toEqual(Object.keys(StepSchema.shape).filter((k) => k !== 'step').sort());
  });

  it('classes names, numbers and contact details as identifying, and codes and dates as codes', () => {
    const protection = (path: string) => fieldAt(path)?.protection;
    expect(protection('person.fullName')).toBe('identifying');
    expect(protection('person.passportNumber')).toBe('identifying');
    expect(protection('reportedBy.phone')).toBe('identifying');
    expect(protection('whereabouts.place')).toBe('identifying');
    expect(protection('recruitment.promisedJob')).toBe('freeText');
    expect(protection('notes')).toBe('freeText');
    expect(protection('person.nationality')).toBe('code');
    expect(protection('whereabouts.lastKnownOn')).toBe('code');
    expect(fieldAt('derived.sortName')).toBeUndefined();
  });
});

describe('the intake CSV columns from the field table', () => {
  it('are the columns of DESIGN.md §4, in order', () => {
    expect(INTAKE_HEADERS).toEqual([
      'reference',
      'full_name',
      'other_names',
      'date_of_birth',
      'sex',
      'nationality',
      'passport_number',
      'phone',
      'reported_by_name',
      'reported_by_relationship',
      'reported_by_phone',
      'reported_on',
      'current_situation',
      'location_country',
      'location_place',
      'recruitment_methods',
      'recruitment_channel',
      'platform',
      'promised_job',
      'status',
      'notes',
    ]);
    expect(REQUIRED_HEADERS).toEqual(['full_name', 'nationality']);
  });

  it('write each field of a case into its own column', () => {
    const record = validCase();
    const row = caseToIntakeRow(record);
    const withColumn = fields.filter((field) => field.csv);
    expect(row).toHaveLength(withColumn.length);
    withColumn.forEach((field, i) => {
      const value = valueAt(record, field.path);
      expect(row[i]).toBe(Array.isArray(value) ? value.join(';') : (value ?? '').toString());
    });
  });
});
