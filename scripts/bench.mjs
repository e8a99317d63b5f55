#!/usr/bin/env node
// `npm run bench` (10,000 and 100,000 cases) and `npm run bench:smoke` (1,000): see test/bench/runner.ts.
import { runTypeScriptMain } from './run-ts.mjs';

await runTypeScriptMain('/test/bench/runner.ts', process.argv.slice(2));
