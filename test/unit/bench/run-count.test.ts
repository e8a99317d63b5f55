import { describe, expect, it } from 'vitest';
import { anotherRun, ENOUGH_MS, MOST_RUNS } from '../../bench/run-count';

/** The runs the rule gives an operation whose runs take `ms` in each mode. */
function runsOf(ms: readonly number[], least: number, upTo: number): number {
  let done = 0;
  const measured = ms.map(() => 0);
  while (anotherRun(done, least, upTo, measured)) {
    done += 1;
    ms.forEach((each, i) => (measured[i]! += each));
  }
  return done;
}

describe('runs of a fast benchmark operation', () => {
  it('always gives the plan its runs, however slow the operation', () => {
    expect(runsOf([400, 500], 7, MOST_RUNS)).toBe(7);
  });

  it('goes on until the quicker mode has measured enough time', () => {
    // 20 ms and 30 ms a run: the quicker mode reaches ENOUGH_MS at run 13.
    expect(runsOf([20, 30], 7, MOST_RUNS)).toBe(Math.ceil(ENOUGH_MS / 20));
    expect(runsOf([30, 20], 7, MOST_RUNS)).toBe(Math.ceil(ENOUGH_MS / 20));
  });

  it('measures an operation of a millisecond until it has measured enough time too', () => {
    expect(runsOf([1, 1.2], 7, MOST_RUNS)).toBe(ENOUGH_MS);
  });

  it('stops at the cap for an operation of a fraction of a millisecond', () => {
    expect(runsOf([0.5, 0.6], 7, MOST_RUNS)).toBe(MOST_RUNS);
  });

  it("keeps the plan's count where the cap is the plan (the smoke run)", () => {
    expect(runsOf([1, 1], 3, 3)).toBe(3);
  });
});
