/** The "Next step" of a case (DESIGN.md §3), derived from its repatriation checklist. */
import type { Step } from '../schemas/case';
import { RepatriationStep, type RepatriationStepCode } from '../taxonomy';

/**
 * The first step, in checklist order, that is neither Done nor Not applicable:
 * Blocked and In progress steps count as the next step (they are what holds the
 * case up). Null when every step is Done or Not applicable.
 *
 * Checklist order is the taxonomy's, whatever the order of the array given.
 */
export function deriveNextStep(steps: readonly Step[]): RepatriationStepCode | null {
  let next: RepatriationStepCode | null = null;
  let nextRank = Infinity;
  for (const s of steps) {
    if (s.state === 'done' || s.state === 'not_applicable') continue;
    const rank = RepatriationStep.codes.indexOf(s.step);
    if (rank < nextRank) {
      next = s.step;
      nextRank = rank;
    }
  }
  return next;
}
