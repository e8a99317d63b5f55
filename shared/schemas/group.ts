/** A named set of cases handled together (DESIGN.md §3 "Groups"). */
import { z } from 'zod';
import { multilineText, RecordMetaSchema, requiredText } from './primitives';

export const GroupFieldsSchema = z.object({
  name: requiredText(200),
  note: multilineText(4000),
});
export type GroupFields = z.infer<typeof GroupFieldsSchema>;

export const GroupSchema = RecordMetaSchema.extend(GroupFieldsSchema.shape);
export type Group = z.infer<typeof GroupSchema>;
