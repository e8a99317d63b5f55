/** A person who uses this workstation. Profiles are deactivated, never deleted: history refers to them. */
import { z } from 'zod';
import { RecordMetaSchema, codeOf, requiredText } from './primitives';

export const StaffFieldsSchema = z.object({
  name: requiredText(120),
  role: codeOf('staffRole'),
});
export type StaffFields = z.infer<typeof StaffFieldsSchema>;

export const StaffSchema = RecordMetaSchema.extend({ active: z.boolean() }).extend(StaffFieldsSchema.shape);
export type Staff = z.infer<typeof StaffSchema>;
