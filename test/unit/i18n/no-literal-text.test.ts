/**
 * Every user-facing string goes through the message catalogue. This parses
 * every renderer component and fails on words written straight into the
 * markup: JSX text, and string literals given to the attributes a person
 * reads or hears (aria-label, title, placeholder, alt, aria-description,
 * aria-placeholder, aria-roledescription, aria-valuetext).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../renderer/src');
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext']);
/** A letter of any script: punctuation, symbols and digits alone (`—`, `▾`, `*`, `·`) are not words. */
const WORD = /\p{L}/u;

function literalText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value && ts.isJsxExpression(value) && value.expression && (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression))
            ? value.expression.text
            : undefined;
      if (literal !== undefined && WORD.test(literal)) found.push(`${where(node)} ${node.name.getText(file)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('renderer components', () => {
  const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('write no user-facing words outside the message catalogue', () => {
    expect(files.flatMap((file) => literalText(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('the check finds words in JSX text and read attributes, in any script, and lets catalogue lookups and symbols through', () => {
    const source = `export const A = () => (
      <p title="Close" aria-label={t('x')} placeholder={'Name'} className="words are fine here">
        Save {t('y')} — ▾ <img alt={\`Фото\`} /><span>Отмена</span>
      </p>
    );`;
    expect(literalText('a.tsx', source)).toEqual(['a.tsx:2 title="Close"', 'a.tsx:2 placeholder="Name"', 'a.tsx:3 text "Save"', 'a.tsx:3 alt="Фото"', 'a.tsx:3 text "Отмена"']);
  });
});
