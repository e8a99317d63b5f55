/**
 * Catalogue keys as types. `t()` is typed from the English catalogue
 * (i18next.d.ts), so a literal key that is not in it fails typecheck; these
 * types carry keys chosen at run time (an error's key, a vocabulary code)
 * through state and props without losing that check.
 */
import type { ParseKeys, TFunction } from 'i18next';
import { VOCABULARIES, type VocabularyName } from '../../../shared/taxonomy';
import { en } from './en';
import type { CodeOf } from './en/common/taxonomy';

/** Any key `t()` accepts; a plural message is named by its base key (`signIn.locked`). */
export type MessageKey = ParseKeys;

/** The label key of a term of vocabulary `N`: `taxonomy.<vocabulary>.<code>`. */
export type TaxonomyKey<N extends VocabularyName = VocabularyName> = { [V in N]: `taxonomy.${V}.${CodeOf<V>}` }[N];

/** The label key of a term, for code that handles any vocabulary (a generic select or table column). */
export function taxonomyKey<N extends VocabularyName>(vocabulary: N, code: CodeOf<N>): TaxonomyKey<N> {
  // TypeScript cannot distribute a template literal over a generic N; the mapped type above is the same set.
  return `taxonomy.${vocabulary}.${code}` as TaxonomyKey<N>;
}

/** The label of a code read from stored data as a plain string; a code its vocabulary does not have is shown as stored. */
export function termLabel(t: TFunction, vocabulary: VocabularyName, code: string): string {
  const codes: readonly string[] = VOCABULARIES[vocabulary].codes;
  return codes.includes(code) ? t(`taxonomy.${vocabulary}.${code}` as TaxonomyKey) : code;
}

/**
 * The one door for keys that arrive as plain strings at run time: a zod issue's
 * message (shared schemas report `validation.*` keys), a CSV problem reported by
 * shared/. Returns the key when the catalogue has it, otherwise `fallback`, so
 * an unknown key shows a generic message rather than the raw key.
 */
export function knownKey(key: string | undefined, fallback: MessageKey): MessageKey {
  return key !== undefined && isMessageKey(key) ? key : fallback;
}

/** True when the catalogue has a message (not a group of messages) under `key`. */
export function isMessageKey(key: string): key is MessageKey {
  const path = key.split('.');
  const last = path.pop() ?? '';
  let node: unknown = en;
  for (const part of path) node = isMessages(node) && Object.hasOwn(node, part) ? node[part] : undefined;
  if (!isMessages(node)) return false;
  const messages = node;
  // A plural message is stored as `<key>_one`, `<key>_other` and called by `<key>`.
  return [last, `${last}_one`, `${last}_other`].some((k) => Object.hasOwn(messages, k) && typeof messages[k] === 'string');
}

function isMessages(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null;
}
