import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium where it is installed (Playwright cannot download its own here); Playwright's own browser elsewhere. */
const SYSTEM_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
/** Engineers working side by side give each run its own port and build folder (E2E_PORT, E2E_OUT). */
const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);
// Absolute: Vite resolves a relative --outDir against its root (renderer/), not the working folder.
const BUILT_RENDERER = resolve(process.env.E2E_OUT ?? 'out/renderer');

export default defineConfig({
  testDir: './test',
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['./test/support/skip-reasons-reporter.ts']],
  // Whole officer scenarios run a minute under load on two cores; a stuck step still fails well within CI's budget.
  timeout: 90_000,
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    // Recording a trace snapshots the page at every step, a third of the suite's time; CI reports only the text of a
    // failure, so it records none. Locally a failed test keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: './test/e2e-browser',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: SYSTEM_CHROMIUM,
          // Keep Chromium from calling out: this machine has no network, and the app must not need one.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
        },
      },
    },
    { name: 'electron', testDir: './test/e2e-electron' },
  ],
  webServer: {
    // The renderer exactly as `npm run build` produced it, served over http with the browser bridge, under the app's security headers.
    command: `npx vite preview --config vite.web.config.ts --outDir ${BUILT_RENDERER}`,
    env: { PORT: String(PREVIEW_PORT) },
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
