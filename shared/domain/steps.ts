/** The repatriation checklist as a new case starts it: every step not started. */
import { RepatriationStep } from '../taxonomy';
import type { Step } from '../schemas/case';

export function initialSteps(): Step[] {
  return RepatriationStep.codes.map((step) => ({ step, state: 'not_started', date: null, reference: '', note: '' }));
}
