import { describe, expect, it } from 'vitest';
import { deriveNextStep } from '../../../../shared/domain/next-step';
import { initialSteps } from '../../../../shared/domain/steps';
import type { Step } from '../../../../shared/schemas/case';
import { RepatriationStep, type StepStateCode } from '../../../../shared/taxonomy';

function stepsWith(states: Partial<Record<Step['step'], StepStateCode>>, rest: StepStateCode = 'done'): Step[] {
  return initialSteps().map((s) => ({ ...s, state: states[s.step] ?? rest }));
}

describe('deriveNextStep', () => {
  it('is the first step of a new case', () => {
    expect(deriveNextStep(initialSteps())).toBe('identity_verified');
  });

  it('skips done and not-applicable steps', () => {
    const steps = stepsWith({ identity_verified: 'done', family_informed: 'not_applicable' }, 'not_started');
    expect(deriveNextStep(steps)).toBe('whereabouts_confirmed');
  });

  it.each(['not_started', 'in_progress', 'blocked'] as const)('counts a %s step as next', (state) => {
    expect(deriveNextStep(stepsWith({ release_confirmed: state }))).toBe('release_confirmed');
  });

  it('is the earliest pending step even when later ones are done', () => {
    const steps = stepsWith({ travel_funded: 'blocked', departed: 'in_progress', follow_up_complete: 'not_started' });
    expect(deriveNextStep(steps)).toBe('travel_funded');
  });

  it.each(RepatriationStep.codes)('finds %s as the only pending step', (code) => {
    expect(deriveNextStep(stepsWith({ [code]: 'in_progress' }))).toBe(code);
  });

  it('is null when every step is done or not applicable', () => {
    expect(deriveNextStep(stepsWith({}))).toBeNull();
    expect(deriveNextStep(stepsWith({}, 'not_applicable'))).toBeNull();
    expect(deriveNextStep(stepsWith({ family_informed: 'not_applicable', referred_for_support: 'not_applicable' }))).toBeNull();
  });

  it('follows checklist order, not array order', () => {
    const steps = stepsWith({ exit_arranged: 'not_started', family_informed: 'blocked' }).reverse();
    expect(deriveNextStep(steps)).toBe('family_informed');
  });

  it('is null for an empty list', () => {
    expect(deriveNextStep([])).toBeNull();
  });
});
