/**
 * Issue 10, item 6: runs of spaces in typed text are collapsed on save, in the
 * shared text primitives, so forms, import and repositories store the same
 * thing; text over several lines keeps its line breaks.
 */
import { describe, expect, it } from 'vitest';
import { multilineText, requiredMultilineText, requiredText, text } from '../../../../shared/schemas/primitives';
import { GroupFieldsSchema } from '../../../../shared/schemas/group';
import { OverviewSchema } from '../../../../shared/schemas/case-edits';
import { caseInput, setUpWorkstation } from '../../data/fixtures';

describe('one line of text', () => {
  it('collapses runs of spaces, tabs and stray line breaks to one space, and trims', () => {
    expect(requiredText(100).parse('  Muhammad   Ansari ')).toBe('Muhammad Ansari');
    expect(text(100).parse('Donetsk\t\toblast')).toBe('Donetsk oblast');
    expect(text(100).parse('Call\r\n  ICRC')).toBe('Call ICRC');
    expect(text(100).parse('Ahmad\u00a0\u00a0Shah')).toBe('Ahmad Shah');
    expect(GroupFieldsSchema.parse({ name: '17  South Africans', note: '' }).name).toBe('17 South Africans');
  });

  it('counts its length after collapsing', () => {
    expect(text(5).safeParse('a     b').success).toBe(true);
  });
});

describe('text over several lines', () => {
  it('keeps line breaks and inner spacing, drops spaces at line ends', () => {
    expect(multilineText(100).parse('First line.   \n\n  Indented   twice.  \r\nLast.  ')).toBe('First line.\n\n  Indented   twice.\r\nLast.');
    expect(requiredMultilineText(100).safeParse('  \n  ').success).toBe(false);
    expect(OverviewSchema.parse({ priority: 'normal', flags: [], notes: 'Sister:  +27 82\nBrother: none  ' }).notes).toBe('Sister:  +27 82\nBrother: none');
  });
});

describe('on save', () => {
  it('a new case stores the name as one space between its parts', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput({ fullName: 'Muhammad   Ansari', otherNames: ['Mohammed  Ansari'] }), officer.id);
    expect(created.person.fullName).toBe('Muhammad Ansari');
    expect(created.person.otherNames).toEqual(['Mohammed Ansari']);
  });
});
