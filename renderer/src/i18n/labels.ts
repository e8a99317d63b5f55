/** Plain messages looked up once per language, for tables that show the same few in every row. */
import type { TFunction } from 'i18next';
import type { MessageKey } from './keys';

const resolvedBy = new WeakMap<TFunction, Map<MessageKey, string>>();

/**
 * A lookup of messages without options that resolves each key once for a
 * translation function (a new one comes with each change of language):
 * i18next resolves a key anew at every call (some 0.1 ms each on a cold
 * start), and a page of 50 cases asks for some 200 labels as the list is
 * first drawn after sign-in.
 */
export function labelsOf(t: TFunction): (key: MessageKey) => string {
  const known = resolvedBy.get(t) ?? new Map<MessageKey, string>();
  resolvedBy.set(t, known);
  return (key) => {
    let label = known.get(key);
    if (label === undefined) known.set(key, (label = t(key)));
    return label;
  };
}
