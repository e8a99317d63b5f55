/**
 * Every message key that shared/ (schemas, domain rules, the intake CSV) and
 * the data layer can report is in the catalogue. Those keys travel as plain
 * strings (a zod issue's message), so the typecheck cannot see them: this
 * scans their sources for key literals instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../renderer/src/i18n/keys';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = ['shared', 'renderer/src/data'];
const KEY = /['"`]((?:validation|errors|csv|backup|transition)\.[A-Za-z0-9_.]+(?:\$\{[^}]+\})?)['"`]/g;

/** Keys built from a code, and the codes each can be built from. */
const TEMPLATES: Record<string, readonly string[]> = {
  'csv.status.${status}': ['returned', 'closed'],
  'transition.${reason}': [],
  'transition.${TransitionRefusal}': [],
};

function sourceFiles(): string[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => join(dir, file)),
  );
}

function reportedKeys(): Map<string, string> {
  // Each key with the first file that reports it.
  const found = new Map<string, string>();
  for (const file of sourceFiles()) {
    for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(KEY)) if (!found.has(match[1]!)) found.set(match[1]!, file);
  }
  return found;
}

describe('keys reported by shared/ and the data layer', () => {
  const found = reportedKeys();

  it('are found by the scan', () => {
    // The scan itself works: keys from a schema, a data-layer error and the CSV import.
    expect(found.get('validation.country')).toMatch(/^shared\//);
    expect(found.get('errors.staleWrite')).toBe('renderer/src/data/errors.ts');
    expect([...found.keys()]).toContain('csv.badDate');
    expect(found.size).toBeGreaterThan(40);
  });

  it('are all in the catalogue', () => {
    const missing = [...found]
      .filter(([key]) => !key.includes('${'))
      .filter(([key]) => !isMessageKey(key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('built from a code are known here and in the catalogue', () => {
    const templates = [...found.keys()].filter((key) => key.includes('${'));
    expect(templates.filter((key) => !Object.hasOwn(TEMPLATES, key))).toEqual([]);
    const missing = templates.flatMap((template) =>
      (TEMPLATES[template] ?? []).map((code) => template.replace(/\$\{[^}]+\}/, code)).filter((key) => !isMessageKey(key)),
    );
    expect(missing).toEqual([]);
  });
});
