/**
 * A browser profile on disk, as the desktop app keeps its database. The test
 * runner's own contexts are incognito, whose IndexedDB lives in memory and
 * writes thousands of cases about four times slower than a profile on disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';

export interface DiskProfile {
  /** The profile's folder, where Chromium keeps IndexedDB and the storages. */
  dir: string;
  context: BrowserContext;
  page: Page;
}

/** `test` with `diskProfile`: a fresh profile in a temporary folder, launched with the project's browser options and viewport, deleted afterwards. */
export const test = base.extend<{ diskProfile: DiskProfile }>({
  diskProfile: async ({ baseURL, viewport, launchOptions }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-profile-'));
    const context = await chromium.launchPersistentContext(dir, { ...launchOptions, baseURL, viewport });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await use({ dir, context, page });
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
