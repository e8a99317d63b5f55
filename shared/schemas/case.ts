/** The case and the parts it is made of (DESIGN.md §3). */
import { z } from 'zod';
import { RepatriationStep } from '../taxonomy';
import { normalisePassport } from '../domain/name-tokens';
import { REFERENCE_PATTERN } from '../domain/reference';
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  EmailSchema,
  IsoDateSchema,
  PartialDateSchema,
  PhoneSchema,
  RecordMetaSchema,
  TimestampSchema,
  UuidSchema,
  codeOf,
  multilineText,
  optionalDate,
  pastDate,
  requiredText,
  text,
} from './primitives';

/** Empty input stands for "not known". */
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

export const PersonSchema = z.object({
  fullName: requiredText(200),
  otherNames: z.array(requiredText(200)).max(30, { error: 'validation.tooMany' }),
  /** Null when the date of birth is unknown. */
  dateOfBirth: optionalDate(pastDate(PartialDateSchema)),
  sex: codeOf('sex'),
  nationality: CountryCodeSchema,
  passportNumber: text(30).regex(/^[A-Za-z0-9 -]*$/, { error: 'validation.passport' }).transform(normalisePassport),
  nationalIdNumber: text(40),
  homeTown: text(200),
  languages: z.array(requiredText(60)).max(20, { error: 'validation.tooMany' }),
  phone: optional(PhoneSchema),
  messengerHandle: text(100),
});
export type Person = z.infer<typeof PersonSchema>;

export const ReportedBySchema = z.object({
  name: text(200),
  relationship: text(100),
  phone: optional(PhoneSchema),
  email: optional(EmailSchema),
  reportedOn: optionalDate(pastDate(IsoDateSchema)),
  /** Privacy waiver: without it the citizen's whereabouts must not be passed on to this person. */
  consentToShare: z.boolean(),
});
export type ReportedBy = z.infer<typeof ReportedBySchema>;

export const WhereaboutsSchema = z.object({
  situation: codeOf('currentSituation'),
  country: CountryCodeSchema.nullable(),
  place: text(200),
  militaryUnit: text(200),
  lastKnownOn: optionalDate(pastDate(IsoDateSchema)),
});
export type Whereabouts = z.infer<typeof WhereaboutsSchema>;

export const PromisedPaySchema = z.object({
  amount: z.number().nonnegative({ error: 'validation.amount' }).nullable(),
  currency: CurrencyCodeSchema.nullable(),
  perMonth: z.boolean(),
});

export const RecruitmentSchema = z.object({
  methods: z.array(codeOf('recruitmentMethod')),
  channel: codeOf('recruitmentChannel').nullable(),
  /** The channel as the source named it when the list has no such term ("Other"); empty otherwise. */
  channelOther: text(200),
  platform: codeOf('platform').nullable(),
  /** The platform as the source named it when the list has no such term ("Other"); empty otherwise. */
  platformOther: text(200),
  promisedJob: text(200),
  promisedPay: PromisedPaySchema,
  recruiterName: text(200),
  leftHomeOn: optionalDate(pastDate(IsoDateSchema)),
  route: z.array(CountryCodeSchema).max(20, { error: 'validation.tooMany' }),
  contractSignedOn: optionalDate(pastDate(IsoDateSchema)),
  contractLanguage: text(60),
  contractTranslated: codeOf('triState'),
  trainingLength: text(60),
});
export type Recruitment = z.infer<typeof RecruitmentSchema>;

export const StepSchema = z.object({
  step: codeOf('repatriationStep'),
  state: codeOf('stepState'),
  date: optionalDate(IsoDateSchema),
  reference: text(100),
  note: multilineText(2000),
});
export type Step = z.infer<typeof StepSchema>;

/** The twelve steps, each exactly once and in the checklist's order. */
export const StepsSchema = z
  .array(StepSchema)
  .length(RepatriationStep.codes.length)
  .refine((steps) => steps.every((s, i) => s.step === RepatriationStep.codes[i]), { error: 'validation.steps' });

/**
 * Derived values stored with the case so that lists can filter, sort and
 * search on indexes (DESIGN.md §7) instead of loading every case.
 */
export const CaseDerivedSchema = z.object({
  /** Folded tokens of the full name and other names: search by name prefix. */
  nameTokens: z.array(z.string()),
  /** Transliteration-folded keys of the same names: duplicate candidates. */
  matchKeys: z.array(z.string()),
  /** The full name folded for a case- and accent-insensitive sort. */
  sortName: z.string(),
  /** Position of the status in the lifecycle, for sorting by status. */
  statusRank: z.number().int().min(0),
  nextStep: codeOf('repatriationStep').nullable(),
  /** The contact status without its time-dependent part ("Contact lost" is computed at read time). */
  contactBasis: z.enum(['not_contacted', 'attempting', 'in_contact', 'declines', 'deceased']),
  /** Last successful contact ("Last contact on"). */
  lastContactAt: TimestampSchema.nullable(),
  lastAttemptAt: TimestampSchema.nullable(),
  /** Earliest due date among open follow-ups: overdue filters and markers. */
  nextFollowUpDue: IsoDateSchema.nullable(),
  /** 1 while the case is not closed (IndexedDB cannot index booleans). */
  open: z.union([z.literal(0), z.literal(1)]),
  /** Last successful contact, or the opening of a case never reached: stale-case queries. */
  activityAt: TimestampSchema,
});
export type CaseDerived = z.infer<typeof CaseDerivedSchema>;

export const CaseSchema = RecordMetaSchema.extend({
  reference: z.string().regex(REFERENCE_PATTERN, { error: 'validation.reference' }),
  status: codeOf('caseStatus'),
  closureReason: codeOf('closureReason').nullable(),
  /** When the case was last closed; cleared when it is reopened. */
  closedAt: TimestampSchema.nullable(),
  priority: codeOf('priority'),
  assigneeId: UuidSchema.nullable(),
  groupIds: z.array(UuidSchema),
  openedOn: IsoDateSchema,
  flags: z.array(codeOf('caseFlag')),
  person: PersonSchema,
  reportedBy: ReportedBySchema,
  whereabouts: WhereaboutsSchema,
  recruitment: RecruitmentSchema,
  steps: StepsSchema,
  notes: multilineText(10000),
  /** Cases an officer marked as possibly the same person; shown as links both ways, never merged. */
  possibleDuplicateOf: z.array(UuidSchema),
  /** Values computed from the rest of the case, its contact log and follow-ups: never typed in. */
  derived: CaseDerivedSchema,
});
export type Case = z.infer<typeof CaseSchema>;
