/**
 * The catalogue is assembled by spreading one object per file (en.ts); two
 * files with the same top-level key would silently drop one of them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';

const DIR = join(import.meta.dirname, '../../../renderer/src/i18n/en');

async function topLevelKeysByFile(): Promise<Map<string, string[]>> {
  const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const byFile = new Map<string, string[]>();
  for (const file of files) {
    const module = (await import(join(DIR, file))) as Record<string, Record<string, unknown>>;
    byFile.set(file, Object.values(module).flatMap((messages) => Object.keys(messages)));
  }
  return byFile;
}

describe('the catalogue files', () => {
  it('each own their top-level keys, and every one reaches the catalogue', async () => {
    const byFile = await topLevelKeysByFile();
    expect(byFile.size).toBeGreaterThan(15);
    const owners = new Map<string, string[]>();
    for (const [file, keys] of byFile) for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), file]);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
    expect([...owners.keys()].filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });
});
