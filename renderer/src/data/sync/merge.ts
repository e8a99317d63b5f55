/**
 * Three-way merge of a record edited here and on another workstation, against
 * the version both started from (the last one synced). A field changed on one
 * side only takes that side's value; the same field changed to different
 * values on both sides is a conflict: the merged record keeps this
 * workstation's value and the conflict keeps the other, for a person to
 * choose. Lists are one field, compared whole, as History shows them.
 */
import type { JsonValue } from '../../../../shared/schemas/history';
import type { ConflictField } from './tables';

/** Bookkeeping that changes on every write: set by the merge's caller, never a conflict. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys in order: a document back from the server need not keep the order it was sent in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value ?? null);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const json = (value: unknown): JsonValue => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue));

export interface MergeResult {
  merged: Record<string, unknown>;
  /** Fields the other workstation changed and the merge took. */
  fromRemote: string[];
  conflicts: ConflictField[];
}

export function threeWayMerge(base: Record<string, unknown> | null, local: Record<string, unknown>, remote: Record<string, unknown>): MergeResult {
  const result: MergeResult = { merged: {}, fromRemote: [], conflicts: [] };
  mergeInto(result, result.merged, base ?? {}, local, remote, '');
  return result;
}

function mergeInto(
  result: MergeResult,
  target: Record<string, unknown>,
  base: Record<string, unknown>,
  local: Record<string, unknown>,
  remote: Record<string, unknown>,
  prefix: string,
): void {
  for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    const path = prefix ? `${prefix}.${key}` : key;
    const [b, l, r] = [base[key], local[key], remote[key]];
    if (BOOKKEEPING.has(path)) target[key] = l;
    else if (isPlainObject(l) && isPlainObject(r)) {
      const nested: Record<string, unknown> = {};
      mergeInto(result, nested, isPlainObject(b) ? b : {}, l, r, path);
      target[key] = nested;
    } else if (same(l, r) || same(r, b)) target[key] = l;
    else if (same(l, b)) {
      target[key] = r;
      result.fromRemote.push(path);
    } else {
      target[key] = l;
      result.conflicts.push({ field: path, local: json(l), remote: json(r) });
    }
  }
}

/** True when two versions of a record hold the same facts (bookkeeping aside). */
export function sameFacts(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => !BOOKKEEPING.has(k)));
  return same(strip(a), strip(b));
}
