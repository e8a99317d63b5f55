/**
 * Layout mirrors for right-to-left languages only if every stylesheet uses
 * logical properties (inline/block, start/end). This fails on any physical
 * one: left/right/top/bottom offsets, margins, paddings, borders and radii by
 * side, width/height, text-align or float to a side. (overflow-x/-y name an
 * axis, not a side, and mirror by themselves.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../renderer/src');

const PHYSICAL_PROPERTY =
  /^(left|right|top|bottom|(margin|padding|border|scroll-margin|scroll-padding)-(left|right|top|bottom)(-(width|style|color))?|border-(top|bottom)-(left|right)-radius|(min-|max-)?(width|height))$/;
const PHYSICAL_VALUE: Record<string, RegExp> = {
  'text-align': /\b(left|right)\b/,
  float: /\b(left|right)\b/,
  clear: /\b(left|right)\b/,
  resize: /\b(horizontal|vertical)\b/,
};

/** Every `property: value` declaration outside @media/@supports conditions (whose width features have no logical form). */
function declarations(css: string): { property: string; value: string; line: number }[] {
  const found: { property: string; value: string; line: number }[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  withoutComments.split('\n').forEach((line, index) => {
    const text = line.replace(/@[a-z-]+[^{;]*\{/g, '{');
    for (const match of text.matchAll(/(?:^|[{;])\s*([a-z-]+)\s*:\s*([^;{}]+)/g)) {
      found.push({ property: match[1]!, value: match[2]!.trim(), line: index + 1 });
    }
  });
  return found;
}

function physicalDeclarations(css: string): string[] {
  return declarations(css)
    .filter(({ property, value }) => PHYSICAL_PROPERTY.test(property) || PHYSICAL_VALUE[property]?.test(value))
    .map(({ property, value, line }) => `${line}: ${property}: ${value}`);
}

describe('stylesheets', () => {
  const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s uses logical properties only', (file) => {
    expect(physicalDeclarations(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('the check catches physical properties and values, and lets logical ones and media conditions through', () => {
    const css = `.a { margin-left: 1rem; padding-inline-start: 1rem; text-align: right; width: 2px; inline-size: 2px }
@media (max-width: 40rem) { .b { float: left; inset-inline-end: 0; border-top-left-radius: 2px } }
.c { text-align: start; border-block-end: 1px solid }`;
    expect(physicalDeclarations(css)).toEqual(['1: margin-left: 1rem', '1: text-align: right', '1: width: 2px', '2: float: left', '2: border-top-left-radius: 2px']);
  });
});
