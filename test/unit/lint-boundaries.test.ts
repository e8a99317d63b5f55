/**
 * The import boundaries ESLint keeps (eslint.config.js), checked by linting
 * small sources as if they stood at the named paths.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? []).filter((m) => /no-restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps screens away from Dexie, the database and repository implementations', async () => {
    const screen = 'renderer/src/features/cases/Example.tsx';
    expect(await problems(screen, "import x from 'dexie';")).toHaveLength(1);
    expect(await problems(screen, "import { HomewardDb as x } from '../../data/db';")).toHaveLength(1);
    expect(await problems(screen, "import { CaseRepository as x } from '../../data/repositories/cases';")).toHaveLength(1);
  });

  it('lets screens use the repositories through the context and import repository types', async () => {
    const screen = 'renderer/src/features/cases/Example.tsx';
    expect(await problems(screen, "import { useRepositories as x } from '../../data/context';")).toEqual([]);
    expect(await problems(screen, "import type { CaseRepository as x } from '../../data/repositories/cases';")).toEqual([]);
    expect(await problems(screen, "import { useLiveQuery as x } from 'dexie-react-hooks';")).toEqual([]);
  });

  it('keeps scripts away from the renderer', async () => {
    expect(await problems('scripts/seed/example.ts', "import { HomewardDb as x } from '../../renderer/src/data/db';")).toHaveLength(1);
    expect(await problems('scripts/seed/example.ts', "import { foldText as x } from '../../shared/domain/name-tokens';")).toEqual([]);
  });

  it('keeps shared/ free of Dexie and the DOM', async () => {
    expect(await problems('shared/domain/example.ts', "import x from 'dexie';")).toHaveLength(1);
  });
});
