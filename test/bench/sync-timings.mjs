#!/usr/bin/env node
/**
 * `node test/bench/sync-timings.mjs [--cases N] [--edits M]`: the sync
 * figures of issue 12 in Node on fake-indexeddb, against the PouchDB Server
 * stand-in on 127.0.0.1: a first pull of N cases (default 10,000) as a ratio
 * to reading the same `_changes` feed raw plus raw IndexedDB puts of the same
 * records (budget 1.5), and pushing M edits (default 1,000); `--runs R`.
 * `npm run bench` prints the same figures in its table (test/bench/runner.ts).
 */
import { runTypeScriptMain } from '../../scripts/run-ts.mjs';

await runTypeScriptMain('/test/bench/sync-figures.ts', process.argv.slice(2));
