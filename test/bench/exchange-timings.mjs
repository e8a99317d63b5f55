#!/usr/bin/env node
/**
 * `node test/bench/exchange-timings.mjs [--cases N]`: times CSV export, CSV
 * import (preview and commit) and backup/restore of N generated cases
 * (default 10,000) in Node on fake-indexeddb. Not the DESIGN.md §7 budget
 * (that is measured in headless Chromium by the benchmark); a quick,
 * repeatable figure for the exchange code itself, backup and restore included
 * (which the benchmark does not time). Runs the TypeScript through Vite's SSR
 * module loader, like scripts/seed.mjs.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { main } = await server.ssrLoadModule('/test/bench/exchange-timings.ts');
  process.exitCode = await main(process.argv.slice(2));
} finally {
  await server.close();
}
