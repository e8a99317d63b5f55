/**
 * Who looked at what, and who tried what they may not do. Separate from
 * History, which records changes: reading a case changes nothing but is
 * still accountable.
 */
import { z } from 'zod';
import { TimestampSchema, UuidSchema } from './primitives';

/** `key`: the workstation's data key (DESIGN.md §8): protection switched on, a recovery key issued, a colleague admitted. */
export const AccessKind = z.enum(['case.open', 'export', 'report', 'backup', 'restore', 'denied', 'key']);
export type AccessKind = z.infer<typeof AccessKind>;

export const AccessRecordSchema = z.object({
  id: UuidSchema,
  at: TimestampSchema,
  actorId: UuidSchema,
  kind: AccessKind,
  /** The case concerned, when there is one. */
  caseId: UuidSchema.nullable(),
  /** What was exported or refused, in codes (never personal data): e.g. `case.reassign`, `csv:list`. */
  detail: z.string().max(200),
});
export type AccessRecord = z.infer<typeof AccessRecordSchema>;
