#!/usr/bin/env node
// `npm run sync:setup -- --server URL --post CODE` and `npm run sync:add-user -- ...`: see scripts/sync/cli.ts.
import { runTypeScriptMain } from './run-ts.mjs';

await runTypeScriptMain('/scripts/sync/cli.ts', process.argv.slice(2));
