/** A dated task on a case (DESIGN.md §3 "Follow-ups"). */
import { z } from 'zod';
import { IsoDateSchema, RecordMetaSchema, TimestampSchema, UuidSchema, requiredText } from './primitives';

export const FollowUpFieldsSchema = z.object({
  title: requiredText(200),
  dueOn: IsoDateSchema,
  assigneeId: UuidSchema.nullable(),
  done: z.boolean(),
});
export type FollowUpFields = z.infer<typeof FollowUpFieldsSchema>;

export const FollowUpSchema = RecordMetaSchema.extend({
  caseId: UuidSchema,
  doneAt: TimestampSchema.nullable(),
}).extend(FollowUpFieldsSchema.shape);
export type FollowUp = z.infer<typeof FollowUpSchema>;
