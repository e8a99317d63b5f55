#!/usr/bin/env node
/**
 * `node test/bench/exchange-timings.mjs [--cases N]`: times CSV export, CSV
 * import (preview and commit) and backup/restore of N generated cases
 * (default 10,000) in Node on fake-indexeddb. Not the DESIGN.md §7 budget
 * (that is measured in headless Chromium by the benchmark); a quick,
 * repeatable figure for the exchange code itself, backup and restore included
 * (which the benchmark does not time). Runs the TypeScript through scripts/run-ts.mjs,
 * like scripts/seed.mjs.
 */
import { runTypeScriptMain } from '../../scripts/run-ts.mjs';

await runTypeScriptMain('/test/bench/exchange-timings.ts', process.argv.slice(2));
