/**
 * The benchmark's start with a session kept (test/bench/session-kept/) is held against the app's own start:
 * its page must be the app's page but for the script it starts, or the two starts would load different things.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe("the session-kept start's page", () => {
  it("is the app's index.html with the benchmark's script in place of main.tsx", () => {
    const app = read('renderer/index.html');
    expect(app).toContain('src="/src/main.tsx"');
    expect(read('test/bench/session-kept/index.html')).toBe(app.replace('src="/src/main.tsx"', 'src="./session-kept.ts"'));
  });
});
