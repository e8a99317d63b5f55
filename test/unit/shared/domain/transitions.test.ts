import { describe, expect, it } from 'vitest';
import { checkTransition, isReopen, type TransitionRefusal } from '../../../../shared/domain/transitions';
import { statusChange } from '../../../../renderer/src/i18n/en/status-change';
import { initialSteps } from '../../../../shared/domain/steps';
import type { Step } from '../../../../shared/schemas/case';
import { CaseStatus, ClosureReason, RepatriationStep, StepState, type CaseStatusCode, type StepStateCode } from '../../../../shared/taxonomy';

function steps(arrived: StepStateCode): Step[] {
  return initialSteps().map((s) => (s.step === 'arrived_home' ? { ...s, state: arrived } : s));
}
const ARRIVED = steps('done');
const NOT_ARRIVED = steps('in_progress');

const OPEN = CaseStatus.codes.filter((c) => c !== 'closed');
const OPEN_EXCEPT_RETURNED = OPEN.filter((c) => c !== 'returned');
const pairs = (from: readonly CaseStatusCode[], to: readonly CaseStatusCode[]) =>
  from.flatMap((f) => to.filter((t) => t !== f).map((t) => [f, t] as const));

function check(from: CaseStatusCode, to: CaseStatusCode, s: readonly Step[], closureReason: (typeof ClosureReason.codes)[number] | null = null) {
  return checkTransition({ status: from, steps: s }, { status: to, closureReason });
}

const refusal = (reason: TransitionRefusal) => ({ allowed: false, reason });

describe('checkTransition', () => {
  it.each(CaseStatus.codes)('refuses %s → same status', (status) => {
    expect(check(status, status, ARRIVED)).toEqual(refusal('same_status'));
  });

  it('refuses closed → closed as same status, even with a reason', () => {
    expect(check('closed', 'closed', ARRIVED, 'duplicate')).toEqual(refusal('same_status'));
  });

  it.each(pairs(OPEN, OPEN_EXCEPT_RETURNED))('allows %s → %s (forward or back among open statuses)', (from, to) => {
    expect(check(from, to, NOT_ARRIVED)).toEqual({ allowed: true });
  });

  it('allows going back from In contact to Locating when contact is lost', () => {
    expect(check('in_contact', 'locating', initialSteps())).toEqual({ allowed: true });
  });

  describe('Returned', () => {
    it.each(OPEN_EXCEPT_RETURNED)('allows %s → returned once “Arrived home” is done', (from) => {
      expect(check(from, 'returned', ARRIVED)).toEqual({ allowed: true });
    });

    it.each(StepState.codes.filter((s) => s !== 'done'))('refuses → returned while “Arrived home” is %s', (state) => {
      expect(check('repatriation', 'returned', steps(state))).toEqual(refusal('returned_needs_arrival'));
    });

    it('looks at “Arrived home”, not at the other steps', () => {
      const allDoneButArrival = initialSteps().map((s) => ({ ...s, state: s.step === 'arrived_home' ? 'blocked' : 'done' }) as Step);
      expect(check('repatriation', 'returned', allDoneButArrival)).toEqual(refusal('returned_needs_arrival'));
      const onlyArrival = initialSteps().map((s) => ({ ...s, state: s.step === 'arrived_home' ? 'done' : 'not_started' }) as Step);
      expect(check('repatriation', 'returned', onlyArrival)).toEqual({ allowed: true });
    });

    it('allows leaving Returned for another open status', () => {
      expect(check('returned', 'repatriation', NOT_ARRIVED)).toEqual({ allowed: true });
    });
  });

  describe('closing', () => {
    it.each(OPEN)('refuses %s → closed without a reason', (from) => {
      expect(check(from, 'closed', ARRIVED, null)).toEqual(refusal('closure_reason_required'));
    });

    const reasonsWithoutArrival = ClosureReason.codes.filter((r) => r !== 'returned_settled');
    it.each(OPEN.flatMap((from) => reasonsWithoutArrival.map((r) => [from, r] as const)))(
      'allows %s → closed as %s without the arrival',
      (from, reason) => {
        expect(check(from, 'closed', NOT_ARRIVED, reason)).toEqual({ allowed: true });
      },
    );

    it.each(OPEN)('allows %s → closed as returned_settled once “Arrived home” is done', (from) => {
      expect(check(from, 'closed', ARRIVED, 'returned_settled')).toEqual({ allowed: true });
    });

    it.each(StepState.codes.filter((s) => s !== 'done'))('refuses closing as returned_settled while “Arrived home” is %s', (state) => {
      expect(check('returned', 'closed', steps(state), 'returned_settled')).toEqual(refusal('returned_settled_needs_arrival'));
    });

    it.each(pairs(CaseStatus.codes, OPEN).flatMap(([f, t]) => ClosureReason.codes.map((r) => [f, t, r] as const)))(
      'refuses %s → %s with a closure reason (%s)',
      (from, to, reason) => {
        expect(check(from, to, ARRIVED, reason)).toEqual(refusal('closure_reason_only_when_closing'));
      },
    );
  });

  describe('reopening', () => {
    it.each(OPEN_EXCEPT_RETURNED)('allows closed → %s', (to) => {
      expect(check('closed', to, NOT_ARRIVED)).toEqual({ allowed: true });
    });

    it('allows closed → returned only with the arrival', () => {
      expect(check('closed', 'returned', ARRIVED)).toEqual({ allowed: true });
      expect(check('closed', 'returned', NOT_ARRIVED)).toEqual(refusal('returned_needs_arrival'));
    });
  });
});

describe('isReopen', () => {
  it.each(OPEN)('is true for closed → %s', (to) => {
    expect(isReopen('closed', to)).toBe(true);
  });

  it.each(CaseStatus.codes.flatMap((from) => CaseStatus.codes.map((to) => [from, to] as const)).filter(([f, t]) => !(f === 'closed' && t !== 'closed')))(
    'is false for %s → %s',
    (from, to) => {
      expect(isReopen(from, to)).toBe(false);
    },
  );
});

describe('TRANSITION_MESSAGES', () => {
  // The words moved into the renderer's catalogue; shared returns the refusal code only.
  const TRANSITION_MESSAGES = statusChange.transition;
  const label = (code: string) => RepatriationStep.terms.find((t) => t.code === code)?.label;

  it('has plain English text for every refusal', () => {
    const codes = Object.keys(TRANSITION_MESSAGES).sort();
    expect(codes).toEqual(
      ['closure_reason_only_when_closing', 'closure_reason_required', 'returned_needs_arrival', 'returned_settled_needs_arrival', 'same_status'].sort(),
    );
    for (const text of Object.values(TRANSITION_MESSAGES)) {
      expect(text).toMatch(/^[A-Z].*\.$/);
      expect(text).not.toMatch(/_/);
    }
  });

  it('names the step and statuses as the officer sees them', () => {
    expect(TRANSITION_MESSAGES.returned_needs_arrival).toBe('A case can be marked Returned only when the step “Arrived home” is Done.');
    expect(TRANSITION_MESSAGES.returned_needs_arrival).toContain(`“${label('arrived_home')}”`);
    expect(TRANSITION_MESSAGES.returned_settled_needs_arrival).toContain(`“${label('arrived_home')}”`);
    expect(TRANSITION_MESSAGES.returned_settled_needs_arrival).toContain(`“${ClosureReason.terms[0].label}”`);
  });
});
