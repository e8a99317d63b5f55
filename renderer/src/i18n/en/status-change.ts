/**
 * Why a status change was refused, by the lifecycle's refusal code
 * (shared/domain/transitions.ts returns the code, never the words).
 */
import type { TransitionRefusal } from '../../../../shared/domain/transitions';

export const statusChange = {
  transition: {
    same_status: 'The case already has this status. Choose a different status.',
    closure_reason_required: 'Choose a reason for closing the case.',
    closure_reason_only_when_closing: 'A closure reason can be given only when the case is being closed.',
    returned_needs_arrival: 'A case can be marked Returned only when the step “Arrived home” is Done.',
    returned_settled_needs_arrival: 'A case can be closed as “Returned and settled” only when the step “Arrived home” is Done.',
  } satisfies Record<TransitionRefusal, string>,
};
