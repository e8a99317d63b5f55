/**
 * How many times the benchmark runs a fast operation (a list's first page, a search, a case opened). A few
 * milliseconds each, one tick of the page's clock (0.1 ms) and one busy moment of the shared machine weigh
 * on a median of seven; so after the plan's runs such an operation goes on, both modes in turn, until the
 * quicker mode's runs add up to ENOUGH_MS, at most `upTo` runs. A list page of 20 ms stops at 13, a search
 * of 1 ms at 250, one of half a millisecond at the cap; a CSV export of every case, far over it, gets the
 * plan's runs. The imports keep their own count.
 */

/** Measured time each mode's runs of a fast operation add up to, when the cap allows. */
export const ENOUGH_MS = 250;
/**
 * Runs of a fast operation at most (odd: the median is one run's figure). Until stop 36 it was 41: a search
 * of a millisecond stopped at 41 ms measured, and its ratio to a raw read of half a millisecond moved
 * between 1.5× and 2.1× from run to run of the benchmark.
 */
export const MOST_RUNS = 301;

/**
 * Whether a fast operation gets another run: `done` runs so far, `least` the plan's runs, `upTo` its cap,
 * `measured` the time each mode's runs took so far (the app's runs, not the baseline's).
 */
export function anotherRun(done: number, least: number, upTo: number, measured: readonly number[]): boolean {
  if (done < least) return true;
  if (done >= upTo) return false;
  return Math.min(...measured) < ENOUGH_MS;
}
