/** What the benchmark page offers the runner (on `window.homewardBench`), and what it measures. */

/** A figure's budget (DESIGN.md §7): an absolute time, or a multiple of the baseline measured in the same run. */
export type Budget = { kind: 'ms'; limit: number } | { kind: 'ratio'; limit: number } | null;

/**
 * The workstation measured: without protection at rest, or protected (DESIGN.md §8: a data key unlocked at
 * sign-in, records sealed, hashed search entries, the sealed name index). §7: each figure of a protected
 * workstation within 1.25× of the same figure without protection.
 */
export type Mode = 'unprotected' | 'protected';

export const MODES: readonly Mode[] = ['unprotected', 'protected'];

export interface Measurement {
  name: string;
  /** Milliseconds, one a run. */
  samples: number[];
  /** The same work done with raw IndexedDB, measured alternately with the samples; null without a baseline. */
  baselineSamples: number[] | null;
  budget: Budget;
  /** Rows, cases or records the operation returned on its last run: a harness check (0 where rows were expected is an error). */
  rows: number;
  note?: string;
}

export interface GenerateSummary {
  cases: number;
  contacts: number;
  followUps: number;
  ms: number;
}

export interface FillSummary {
  ms: number;
  /** The officer who signs in to the app at cold start, and the passphrase the fill gave them. */
  profileId: string;
  passphrase: string;
  /** The protected workstation's data key (raw, base64), for the start with a session kept; null without protection. */
  dataKey: string | null;
}

export interface BenchApi {
  /** Makes the data set in the page's memory. */
  generate(options: { cases: number; seed: number }): Promise<GenerateSummary>;
  /** One import through the data layer and one raw baseline, each into a fresh database; `rawFirst` alternates the order. */
  /** The import, raw puts of what it added (`baselineMs`) and raw puts of the cases alone. */
  importRun(options: { rawFirst: boolean; mode: Mode }): Promise<{ ms: number; baselineMs: number; casesOnlyMs: number }>;
  /**
   * Fills the app's own database (cases, contact logs, follow-ups, groups, staff, settings) through the import;
   * protected, the supervisor's first sign-in makes the data key first, so every record is sealed as it is stored.
   */
  fill(mode: Mode): Promise<FillSummary>;
  /** The operations `measure` knows. */
  operations(): string[];
  /** `runs` timed runs of the operation, each with its baseline after it; `warm`: one unmeasured run of each first. */
  measure(name: string, runs: number, warm: boolean): Promise<Measurement>;
  /** The sign-in's key derivation alone, `runs` times, on the filled profile. */
  keyDerivation(options: { profileId: string; passphrase: string; runs: number }): Promise<number[]>;
  /**
   * One import preview of a generated intake file of `rows` rows (plain, or where many rows share a few names), in a
   * fresh database: its time, and the longest the page went without answering meanwhile.
   */
  previewRun(options: { rows: number; seed: number; similarNames: boolean }): Promise<PreviewSummary>;
}

export interface PreviewSummary {
  ms: number;
  /** The longest gap between two ticks of a 10 ms timer on the page while the preview ran. */
  longestPauseMs: number;
  /** The longest task the page ran meanwhile (Long Tasks API, tasks over 50 ms; 0 when none). */
  longestTaskMs: number;
  /** The same, then, over the page doing nothing while a worker keeps a core busy: the machine's share of the pause. */
  idlePauseMs: number;
  rows: number;
}

declare global {
  interface Window {
    homewardBench: BenchApi;
  }
}
