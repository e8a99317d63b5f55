/**
 * Runs a TypeScript module's `main(argv)` in Node through Vite's SSR module
 * loader, so that scripts written in TypeScript need no runner of their own.
 * Dependencies in node_modules are loaded by Node as usual.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loads `entry` (a path from the repository root, e.g. `/scripts/seed/cli.ts`) and sets the exit code to what its main returns. */
export async function runTypeScriptMain(entry, argv) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { main } = await server.ssrLoadModule(entry);
    process.exitCode = await main(argv);
  } finally {
    await server.close();
  }
}
