/**
 * What each edit of a case takes: one schema per section of the case page,
 * a status change and a reassignment. The forms validate with them and the
 * data layer validates again before anything is stored.
 */
import { z } from 'zod';
import { PersonSchema, RecruitmentSchema, ReportedBySchema, WhereaboutsSchema } from './case';
import { codeOf, multilineText, requiredMultilineText, UuidSchema } from './primitives';

/** What the Overview section edits. */
export const OverviewSchema = z.object({
  priority: codeOf('priority'),
  flags: z.array(codeOf('caseFlag')),
  notes: multilineText(10000),
});

/** Each section of the case page and the schema its form is validated with. */
export const SECTION_SCHEMAS = {
  overview: OverviewSchema,
  person: PersonSchema,
  reportedBy: ReportedBySchema,
  whereabouts: WhereaboutsSchema,
  recruitment: RecruitmentSchema,
} as const;
export type CaseSection = keyof typeof SECTION_SCHEMAS;
export type SectionInput<S extends CaseSection> = z.input<(typeof SECTION_SCHEMAS)[S]>;

export const StatusChangeSchema = z.object({
  status: codeOf('caseStatus'),
  closureReason: codeOf('closureReason').nullable(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** A reassignment always says why. */
export const ReassignmentSchema = z.object({
  assigneeId: UuidSchema.nullable(),
  reason: requiredMultilineText(500),
});
