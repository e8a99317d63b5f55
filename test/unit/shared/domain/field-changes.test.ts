import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../../../shared/domain/field-changes';
import { validCase } from '../helpers';

describe('fieldChanges', () => {
  it('returns [] when nothing changed', () => {
    const record = validCase();
    expect(fieldChanges(record, structuredClone(record))).toEqual([]);
    expect(fieldChanges({}, {})).toEqual([]);
  });

  it('reports a top-level change with old and new value', () => {
    expect(fieldChanges({ status: 'reported', priority: 'high' }, { status: 'verifying', priority: 'high' })).toEqual([
      { field: 'status', oldValue: 'reported', newValue: 'verifying' },
    ]);
  });

  it('reports nested changes by dotted path', () => {
    const before = validCase();
    const after = structuredClone(before);
    after.person.fullName = 'Thabo J. Mokoena';
    after.recruitment.promisedPay.amount = 2500;
    expect(fieldChanges(before, after)).toEqual([
      { field: 'person.fullName', oldValue: 'Thabo Mokoena', newValue: 'Thabo J. Mokoena' },
      { field: 'recruitment.promisedPay.amount', oldValue: null, newValue: 2500 },
    ]);
  });

  it('compares arrays whole, as one field', () => {
    const before = { person: { otherNames: ['Tabo'] }, flags: ['minor'] };
    const after = { person: { otherNames: ['Tabo', 'Табо'] }, flags: ['minor'] };
    expect(fieldChanges(before, after)).toEqual([{ field: 'person.otherNames', oldValue: ['Tabo'], newValue: ['Tabo', 'Табо'] }]);
  });

  it('reports a changed array of objects as one field', () => {
    const before = validCase();
    const after = structuredClone(before);
    after.steps[2] = { ...after.steps[2]!, state: 'done' };
    const changes = fieldChanges(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.field).toBe('steps');
    expect(changes[0]!.oldValue).toEqual(before.steps);
    expect(changes[0]!.newValue).toEqual(after.steps);
  });

  it('treats a reordered array as a change', () => {
    expect(fieldChanges({ methods: ['a', 'b'] }, { methods: ['b', 'a'] })).toEqual([{ field: 'methods', oldValue: ['a', 'b'], newValue: ['b', 'a'] }]);
  });

  it('skips ignored paths, top-level and nested', () => {
    const before = { version: 1, updatedAt: 'a', person: { fullName: 'A', nameTokens: ['a'] }, notes: 'x' };
    const after = { version: 2, updatedAt: 'b', person: { fullName: 'B', nameTokens: ['b'] }, notes: 'x' };
    expect(fieldChanges(before, after, new Set(['version', 'updatedAt', 'person.nameTokens']))).toEqual([
      { field: 'person.fullName', oldValue: 'A', newValue: 'B' },
    ]);
  });

  it('ignoring a parent path skips everything under it', () => {
    expect(fieldChanges({ person: { a: 1, b: 2 } }, { person: { a: 3, b: 4 } }, new Set(['person']))).toEqual([]);
  });

  it('does not ignore a path that only shares a prefix', () => {
    expect(fieldChanges({ note: 'a', notes: 'a' }, { note: 'b', notes: 'b' }, new Set(['note']))).toEqual([
      { field: 'notes', oldValue: 'a', newValue: 'b' },
    ]);
  });

  it('reports added and removed fields, with null for the missing side', () => {
    expect(fieldChanges({ a: 1 }, { b: 2 })).toEqual([
      { field: 'a', oldValue: 1, newValue: null },
      { field: 'b', oldValue: null, newValue: 2 },
    ]);
  });

  it('reports an object replacing null as one change with the whole object', () => {
    expect(fieldChanges({ pay: null }, { pay: { amount: 1, currency: 'USD' } })).toEqual([
      { field: 'pay', oldValue: null, newValue: { amount: 1, currency: 'USD' } },
    ]);
  });

  it('distinguishes types that print alike', () => {
    expect(fieldChanges({ a: 1, b: false, c: '' }, { a: '1', b: null, c: null })).toEqual([
      { field: 'a', oldValue: 1, newValue: '1' },
      { field: 'b', oldValue: false, newValue: null },
      { field: 'c', oldValue: '', newValue: null },
    ]);
  });

  it('returns JSON copies, not references to the records', () => {
    const before = { names: ['A'] };
    const after = { names: ['A', 'B'] };
    const [change] = fieldChanges(before, after);
    after.names.push('C');
    expect(change!.newValue).toEqual(['A', 'B']);
  });
});
