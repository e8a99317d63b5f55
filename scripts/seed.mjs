#!/usr/bin/env node
// `npm run seed -- --cases N [--seed S] [--out FILE] [--today YYYY-MM-DD]`: see scripts/seed/cli.ts.
import { runTypeScriptMain } from './run-ts.mjs';

await runTypeScriptMain('/scripts/seed/cli.ts', process.argv.slice(2));
