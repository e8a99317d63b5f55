/** What an officer enters to open a case, and the case record made from it. */
import { z } from 'zod';
import { PersonSchema, ReportedBySchema, type Case } from '../schemas/case';
import { codeOf } from '../schemas/primitives';
import { deriveCaseFields, NO_ACTIVITY, type CaseCore } from './case-derived';
import { initialSteps } from './steps';

export const NewCaseInputSchema = z.object({
  person: PersonSchema,
  priority: codeOf('priority'),
  situation: codeOf('currentSituation'),
  reportedBy: ReportedBySchema,
  notes: z.string().trim().max(10000, { error: 'validation.tooLong' }),
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
    whereabouts: { situation: input.situation, country: null, place: '', militaryUnit: '', lastKnownOn: null },
    recruitment: {
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
    },
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
