/**
 * The field-by-field difference between two versions of a record, as History
 * shows it: dotted path, old value, new value. Arrays are compared whole,
 * because a list (other names, methods) is one field to the officer.
 */
import type { JsonValue } from '../schemas/history';

export interface FieldChange {
  field: string;
  oldValue: JsonValue;
  newValue: JsonValue;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function toJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: ReadonlySet<string> = new Set(),
  prefix = '',
): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (ignore.has(path)) continue;
    const a = before[key];
    const b = after[key];
    if (isPlainObject(a) && isPlainObject(b)) {
      changes.push(...fieldChanges(a, b, ignore, path));
    } else if (!sameValue(a, b)) {
      changes.push({ field: path, oldValue: toJson(a), newValue: toJson(b) });
    }
  }
  return changes;
}
