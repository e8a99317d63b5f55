/**
 * Unsaved form input, kept while the officer is away from the form: across a
 * lock (which unmounts every page), a wander to another screen, a profile's
 * own sign-in again in this window. A draft holds personal data, and nothing
 * personal is written to disk (DESIGN.md §8): the drafts live in this window's
 * memory only, so a closed or reloaded window loses them (the window asks
 * first, see `components/use-confirm-leave.ts`). A form keeping its draft here
 * is marked `data-keeps-draft`, so the lock's DOM keeper
 * (`features/lock/draft-keeper.ts`), which covers every other form, leaves its
 * values alone. Any other `DraftStore` in `DraftStoreContext` must drop a
 * draft it cannot read back as the shape `DraftShapes` gives.
 */
import { createContext, useContext } from 'react';

/** The forms that keep drafts, and what each one's draft holds: its values, as the form holds them. */
export interface DraftShapes {
  newCase: { values: unknown; openSections: string[] };
}
export type DraftForm = keyof DraftShapes;

export interface DraftStore {
  /** The draft of `form` that the profile `ownerId` left, if any. */
  load<F extends DraftForm>(ownerId: string, form: F): Promise<DraftShapes[F] | undefined>;
  save<F extends DraftForm>(ownerId: string, form: F, draft: DraftShapes[F]): Promise<void>;
  /** Forgets the draft: it was saved as a record, or the officer let it go. */
  discard(ownerId: string, form: DraftForm): Promise<void>;
  /** Forgets every draft of a profile: it signed out, or someone else took the window. */
  discardAllOf(ownerId: string): Promise<void>;
}

/** Drafts in this window's memory: gone with the window, never on disk. */
export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, Map<DraftForm, unknown>>();
  return {
    load: async (ownerId, form) => structuredClone(drafts.get(ownerId)?.get(form)) as never,
    save: async (ownerId, form, draft) => {
      const own = drafts.get(ownerId) ?? new Map<DraftForm, unknown>();
      own.set(form, structuredClone(draft));
      drafts.set(ownerId, own);
    },
    discard: async (ownerId, form) => {
      drafts.get(ownerId)?.delete(form);
    },
    discardAllOf: async (ownerId) => {
      drafts.delete(ownerId);
    },
  };
}

export const DraftStoreContext = createContext<DraftStore>(createMemoryDraftStore());

export function useDraftStore(): DraftStore {
  return useContext(DraftStoreContext);
}
