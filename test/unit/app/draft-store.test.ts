import { describe, expect, it } from 'vitest';
import { createMemoryDraftStore } from '../../../renderer/src/app/draft-store';

const OFFICER = 'officer-1';
const OTHER = 'officer-2';
const draft = () => ({ values: { person: { fullName: 'Sipho Dlamini', otherNames: ['Sipho Dhlamini'] } }, openSections: ['whereabouts'] });

describe('the memory draft store', () => {
  it('gives back what was saved, for its owner only', async () => {
    const store = createMemoryDraftStore();
    expect(await store.load(OFFICER, 'newCase')).toBeUndefined();
    await store.save(OFFICER, 'newCase', draft());
    expect(await store.load(OFFICER, 'newCase')).toEqual(draft());
    expect(await store.load(OTHER, 'newCase')).toBeUndefined();
  });

  it('keeps a copy: later changes to the form’s objects do not reach the draft, nor changes to a loaded draft', async () => {
    const store = createMemoryDraftStore();
    const saved = draft();
    await store.save(OFFICER, 'newCase', saved);
    (saved.values.person.otherNames as string[]).push('changed after saving');
    const loaded = await store.load(OFFICER, 'newCase');
    (loaded!.openSections as string[]).push('recruitment');
    expect(await store.load(OFFICER, 'newCase')).toEqual(draft());
  });

  it('forgets a discarded draft, and every draft of a profile that signs out', async () => {
    const store = createMemoryDraftStore();
    await store.save(OFFICER, 'newCase', draft());
    await store.save(OTHER, 'newCase', draft());
    await store.discard(OFFICER, 'newCase');
    expect(await store.load(OFFICER, 'newCase')).toBeUndefined();
    await store.save(OFFICER, 'newCase', draft());
    await store.discardAllOf(OFFICER);
    expect(await store.load(OFFICER, 'newCase')).toBeUndefined();
    expect(await store.load(OTHER, 'newCase')).toEqual(draft());
  });
});
