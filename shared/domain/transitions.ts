/**
 * The status lifecycle of a case (DESIGN.md §3): Reported → Verifying →
 * Locating → In contact → Repatriation in progress → Returned → Closed.
 *
 * Rules:
 * - Among the open statuses (every status but Closed) a case may move forward
 *   or back: a case goes back from In contact to Locating when contact is lost.
 * - Returned needs the step "Arrived home" Done.
 * - Closing needs a closure reason; "Returned and settled" also needs the step
 *   "Arrived home" Done. Any open status may be closed (a duplicate is closed
 *   from Reported).
 * - A closure reason is given only when closing.
 * - A closed case is reopened by moving it to an open status (Returned still
 *   needs the arrival). Closed → Closed is refused like any same-status move:
 *   to change the closure reason, reopen the case first.
 *
 * Checks run in this order, and the first failing one is reported: same
 * status, closure reason (missing / not closing), arrival.
 */
import type { Step } from '../schemas/case';
import type { CaseStatusCode, ClosureReasonCode } from '../taxonomy';

/** Why a move is refused; the renderer's catalogue says it in words as `transition.<code>`. */
export type TransitionRefusal =
  | 'same_status'
  | 'closure_reason_required'
  | 'closure_reason_only_when_closing'
  | 'returned_needs_arrival'
  | 'returned_settled_needs_arrival';

export type TransitionCheck = { allowed: true } | { allowed: false; reason: TransitionRefusal };

const ALLOWED: TransitionCheck = { allowed: true };

function refused(reason: TransitionRefusal): TransitionCheck {
  return { allowed: false, reason };
}

function hasArrived(steps: readonly Step[]): boolean {
  return steps.some((s) => s.step === 'arrived_home' && s.state === 'done');
}

/** True when the move takes a closed case back to an open status. */
export function isReopen(from: CaseStatusCode, to: CaseStatusCode): boolean {
  return from === 'closed' && to !== 'closed';
}

export function checkTransition(
  current: { status: CaseStatusCode; steps: readonly Step[] },
  target: { status: CaseStatusCode; closureReason: ClosureReasonCode | null },
): TransitionCheck {
  if (current.status === target.status) return refused('same_status');
  if (target.status === 'closed') {
    if (target.closureReason === null) return refused('closure_reason_required');
    if (target.closureReason === 'returned_settled' && !hasArrived(current.steps)) {
      return refused('returned_settled_needs_arrival');
    }
    return ALLOWED;
  }
  if (target.closureReason !== null) return refused('closure_reason_only_when_closing');
  if (target.status === 'returned' && !hasArrived(current.steps)) return refused('returned_needs_arrival');
  return ALLOWED;
}
