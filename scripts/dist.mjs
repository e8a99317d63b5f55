#!/usr/bin/env node
// `npm run dist [-- --linux] [-- --win] [-- --test-build]`: see scripts/dist/cli.ts.
import { runTypeScriptMain } from './run-ts.mjs';

await runTypeScriptMain('/scripts/dist/cli.ts', process.argv.slice(2));
