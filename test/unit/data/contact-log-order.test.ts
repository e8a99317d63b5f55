/**
 * Issue 10, item 11a: the contact form records minutes, so entries logged in
 * the same minute share their time. They keep the order they were logged in:
 * newest first in the log, and the later one decides the contact status.
 */
import { describe, expect, it } from 'vitest';
import { deriveContactState } from '../../../shared/domain/contact-status';
import { caseInput, contactInput, setUpWorkstation } from './fixtures';

const MINUTE = '2026-02-28T10:15:00.000Z';

describe('entries of the same minute', () => {
  it('are listed newest logged first', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    for (const outcome of ['no_answer', 'message_left', 'wrong_number', 'reached'] as const) await repos.contactLog.add(created.id, contactInput(MINUTE, outcome), officer.id);
    expect((await repos.contactLog.forCase(created.id)).map((e) => e.outcome)).toEqual(['reached', 'wrong_number', 'message_left', 'no_answer']);
  });

  it('the one logged later is the latest conversation with the citizen', async () => {
    const { repos, officer } = await setUpWorkstation();
    const created = await repos.cases.create(caseInput(), officer.id);
    await repos.contactLog.add(created.id, contactInput(MINUTE, 'refused_help'), officer.id);
    await repos.contactLog.add(created.id, contactInput(MINUTE, 'reached'), officer.id);
    expect((await repos.cases.get(created.id))?.derived.contactBasis).toBe('in_contact');
    await repos.contactLog.add(created.id, contactInput(MINUTE, 'refused_help'), officer.id);
    expect((await repos.cases.get(created.id))?.derived.contactBasis).toBe('declines');
  });

  it('in the derivation, whatever order the entries come in', () => {
    const refused = { at: MINUTE, outcome: 'refused_help' as const, with: 'citizen' as const, deletedAt: null, createdAt: '2026-02-28T10:16:01.000Z' };
    const reached = { ...refused, outcome: 'reached' as const, createdAt: '2026-02-28T10:16:02.500Z' };
    expect(deriveContactState([refused, reached], 'deployed').basis).toBe('in_contact');
    expect(deriveContactState([reached, refused], 'deployed').basis).toBe('in_contact');
    expect(deriveContactState([{ ...reached, createdAt: '2026-02-28T10:16:00.000Z' }, refused], 'deployed').basis).toBe('declines');
  });
});
