#!/usr/bin/env node
/**
 * `node scripts/exchange-timings.mjs [--cases N]`: times CSV export, CSV
 * import (preview and commit) and backup/restore of N generated cases
 * (default 10,000) in Node on fake-indexeddb. Not the DESIGN.md §7 budget
 * (that is measured in headless Chromium by the benchmark); a quick,
 * repeatable figure for the exchange code itself. Runs the TypeScript through
 * Vite's SSR module loader (run-ts.mjs), like scripts/seed.mjs.
 */
import { runTypeScriptMain } from './run-ts.mjs';

await runTypeScriptMain('/scripts/exchange/timings.ts', process.argv.slice(2));
