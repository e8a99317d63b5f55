/**
 * An officer's request to close a case, waiting for a supervisor (issue:
 * Supervisors). Kept beside the case, not inside it, so a pending request
 * does not make the officer's open forms stale and can be counted on an index.
 */
import { z } from 'zod';
import { RecordMetaSchema, TimestampSchema, UuidSchema, codeOf, multilineText } from './primitives';

export const ClosureRequestState = z.enum(['pending', 'approved', 'returned']);
export type ClosureRequestState = z.infer<typeof ClosureRequestState>;

export const ClosureRequestFieldsSchema = z.object({
  reason: codeOf('closureReason'),
  note: multilineText(2000),
});
export type ClosureRequestFields = z.infer<typeof ClosureRequestFieldsSchema>;

export const ClosureDecisionSchema = z.object({
  /** Why the supervisor returned the request (required) or a remark on approval. */
  note: multilineText(2000),
});

export const ClosureRequestSchema = RecordMetaSchema.extend({
  caseId: UuidSchema,
  state: ClosureRequestState,
  decidedBy: UuidSchema.nullable(),
  decidedAt: TimestampSchema.nullable(),
  decisionNote: multilineText(2000),
}).extend(ClosureRequestFieldsSchema.shape);
export type ClosureRequest = z.infer<typeof ClosureRequestSchema>;
