/** What an officer enters to open a case, and the case record made from it. */
import { z } from 'zod';
import { PersonSchema, RecruitmentSchema, ReportedBySchema, WhereaboutsSchema, type Case, type Recruitment, type Whereabouts } from '../schemas/case';
import { codeOf } from '../schemas/primitives';
import { deriveCaseFields, NO_ACTIVITY, type CaseCore } from './case-derived';
import { initialSteps } from './steps';

export const NewCaseInputSchema = z.object({
  person: PersonSchema,
  priority: codeOf('priority'),
  situation: codeOf('currentSituation'),
  reportedBy: ReportedBySchema,
  notes: z.string().trim().max(10000, { error: 'validation.tooLong' }),
  /**
   * Where the citizen is, when the call told it; the situation is `situation` above, which every
   * intake asks. Absent (an intake file's row, a section the officer skipped): nothing known yet.
   */
  whereabouts: WhereaboutsSchema.omit({ situation: true }).optional(),
  /** How the citizen was recruited, when the call told it; absent: nothing known yet. */
  recruitment: RecruitmentSchema.optional(),
});
export type NewCaseInput = z.infer<typeof NewCaseInputSchema>;

export interface NewCaseContext {
  id: string;
  reference: string;
  actorId: string;
  /** The moment of creation, ISO 8601 with offset. */
  now: string;
  /** The workstation's local date, `YYYY-MM-DD`. */
  today: string;
}

/** Whereabouts of which nothing but the situation is known. */
export const UNKNOWN_PLACE: Omit<Whereabouts, 'situation'> = { country: null, place: '', militaryUnit: '', lastKnownOn: null };

/** Recruitment of which nothing is known. */
export const UNKNOWN_RECRUITMENT: Recruitment = {
  methods: [],
  channel: null,
  channelOther: '',
  platform: null,
  platformOther: '',
  promisedJob: '',
  promisedPay: { amount: null, currency: null, perMonth: true },
  recruiterName: '',
  leftHomeOn: null,
  route: [],
  contractSignedOn: null,
  contractLanguage: '',
  contractTranslated: 'unknown',
  trainingLength: '',
};

export function buildNewCase(input: NewCaseInput, context: NewCaseContext): Case {
  const core: CaseCore = {
    id: context.id,
    reference: context.reference,
    status: 'reported',
    closureReason: null,
    closedAt: null,
    priority: input.priority,
    assigneeId: null,
    groupIds: [],
    openedOn: context.today,
    flags: [],
    person: input.person,
    reportedBy: input.reportedBy,
    whereabouts: { situation: input.situation, ...(input.whereabouts ?? UNKNOWN_PLACE) },
    recruitment: input.recruitment ?? UNKNOWN_RECRUITMENT,
    steps: initialSteps(),
    notes: input.notes,
    possibleDuplicateOf: [],
    createdAt: context.now,
    createdBy: context.actorId,
    updatedAt: context.now,
    updatedBy: context.actorId,
    version: 1,
    deletedAt: null,
  };
  return { ...core, derived: deriveCaseFields(core, NO_ACTIVITY) };
}
