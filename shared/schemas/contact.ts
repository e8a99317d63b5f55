/** One attempt to reach the citizen or someone about them (DESIGN.md §3 "Contact log"). */
import { z } from 'zod';
import { IsoDateSchema, RecordMetaSchema, TimestampSchema, UuidSchema, codeOf, multilineText, optionalDate } from './primitives';

export const ContactEntryFieldsSchema = z.object({
  at: TimestampSchema,
  direction: codeOf('contactDirection'),
  channel: codeOf('contactChannel'),
  with: codeOf('contactWith'),
  outcome: codeOf('contactOutcome'),
  summary: multilineText(4000),
  followUpDue: optionalDate(IsoDateSchema),
});
export type ContactEntryFields = z.infer<typeof ContactEntryFieldsSchema>;

export const ContactEntrySchema = RecordMetaSchema.extend({ caseId: UuidSchema }).extend(ContactEntryFieldsSchema.shape);
export type ContactEntry = z.infer<typeof ContactEntrySchema>;
