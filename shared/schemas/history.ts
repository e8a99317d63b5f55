/** The append-only record of every change (DESIGN.md §3 "History"). */
import { z } from 'zod';
import { TimestampSchema, UuidSchema } from './primitives';

/** `export`: a CSV export, report, backup or restore (who, when, what); it changes no record. */
export const HistoryEntity = z.enum(['case', 'contact', 'followUp', 'group', 'staff', 'settings', 'export']);
export type HistoryEntity = z.infer<typeof HistoryEntity>;

export const HistoryAction = z.enum(['create', 'update', 'delete']);
export type HistoryAction = z.infer<typeof HistoryAction>;

/** A JSON value as stored in history: the old and new value of one field. */
export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]),
);
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const HistoryRecordSchema = z.object({
  id: UuidSchema,
  /** The case the change belongs to; null for changes outside any case (staff, settings, groups). */
  caseId: UuidSchema.nullable(),
  entity: HistoryEntity,
  entityId: z.string().min(1),
  action: HistoryAction,
  /** Dotted path of the field that changed (`person.fullName`); null for a whole-record create or delete. */
  field: z.string().nullable(),
  oldValue: JsonValueSchema,
  newValue: JsonValueSchema,
  at: TimestampSchema,
  actorId: UuidSchema,
  /** Why the change was made, where the action asks for it (a reassignment's reason, a returned closure request). */
  note: z.string().max(2000).nullable().default(null),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;
