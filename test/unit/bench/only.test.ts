import { describe, expect, it } from 'vitest';
import { chosen, parsePlan } from '../../bench/runner';

describe('the benchmark\'s --only', () => {
  it('measures every operation without it, and with it those whose names hold its text or one of its texts between |', () => {
    expect(chosen(parsePlan([]), 'search: reference')).toBe(true);
    const plan = parsePlan(['--only', 'reference|open a case']);
    expect(chosen(plan, 'search: reference')).toBe(true);
    expect(chosen(plan, 'list: sort by reference (ascending)')).toBe(true);
    expect(chosen(plan, 'open a case with 50 contact entries')).toBe(true);
    expect(chosen(plan, 'search: passport number prefix')).toBe(false);
    expect(chosen(parsePlan(['--only', 'search']), 'search: passport number prefix')).toBe(true);
  });

  it('measures the imports alone with --imports-only, which does not go with --only', () => {
    expect(parsePlan([]).importsOnly).toBe(false);
    expect(parsePlan(['--imports-only']).importsOnly).toBe(true);
    expect(() => parsePlan(['--imports-only', '--only', 'search'])).toThrow(/--imports-only and --only/);
  });
});
