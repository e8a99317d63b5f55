/**
 * The field table: every field of a case described once — where it lives in
 * the case record, what kind of value it holds, the message-catalogue key of
 * its label, its column in the intake CSV (DESIGN.md §4) and how it is
 * protected at rest (DESIGN.md §8). The intake CSV mapping, History's labels
 * and value formatting, and the fact lists of the case page and case report
 * are all read from here. Adding a field: README "Adding a case field".
 */
import type { Case } from './schemas/case';
import type { VocabularyName } from './taxonomy';

/** Dotted paths of a record's leaves; a list is one leaf, because a list is one field to the officer. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: NonNullable<T[K]> extends readonly unknown[]
    ? `${Prefix}${K}`
    : NonNullable<T[K]> extends Record<string, unknown>
      ? LeafPaths<NonNullable<T[K]>, `${Prefix}${K}.`>
      : `${Prefix}${K}`;
}[keyof T & string];

export type CasePath = LeafPaths<Case>;

/** How a value reads; `list` fields hold several values of the kind. */
export type FieldKind =
  | 'text'
  | 'vocabulary'
  | 'country'
  | 'date'
  | 'partialDate'
  | 'timestamp'
  | 'phone'
  | 'email'
  | 'yesNo'
  | 'number'
  /** Ids of other records, shown by their names. */
  | 'staffRef'
  | 'groupRef'
  | 'caseRef';

/**
 * What encryption at rest does with a field (DESIGN.md §8): identifying
 * values and free text are encrypted; codes, dates and numbers stay in the
 * clear for indexes and counts.
 */
export type Protection = 'identifying' | 'freeText' | 'code';

export interface CsvColumn {
  column: string;
  /** A file without this column, or with an empty cell in it, cannot make a case. */
  required?: true;
  /** The code an empty cell stands for (a vocabulary field); without it an empty choice is null. */
  whenEmpty?: string;
}

export interface FieldSpec {
  path: CasePath;
  kind: FieldKind;
  list?: true;
  /** The vocabulary of a `vocabulary` field (shared/taxonomy.ts). */
  vocabulary?: VocabularyName;
  /** Catalogue key of the field's label, as forms, facts and reports show it. */
  label: string;
  /** Catalogue key of the label History shows, where the label alone needs its section to be understood ("Name"). */
  historyLabel?: string;
  csv?: CsvColumn;
  /**
   * An open vocabulary's text field (taxonomy `open`): what the source called a value the list
   * lacks. The CSV column carries the text itself, read back as the open code plus this text.
   */
  otherText?: CasePath;
  protection: Protection;
}

/** Every case field, in the order of the intake CSV's columns and then of the case page. */
export const CASE_FIELDS = [
  { path: 'reference', kind: 'text', label: 'casePage.header.reference', csv: { column: 'reference' }, protection: 'code' },

  { path: 'person.fullName', kind: 'text', label: 'fields.fullName', csv: { column: 'full_name', required: true }, protection: 'identifying' },
  { path: 'person.otherNames', kind: 'text', list: true, label: 'fields.otherNames', csv: { column: 'other_names' }, protection: 'identifying' },
  { path: 'person.dateOfBirth', kind: 'partialDate', label: 'fields.dateOfBirth', csv: { column: 'date_of_birth' }, protection: 'identifying' },
  { path: 'person.sex', kind: 'vocabulary', vocabulary: 'sex', label: 'fields.sex', csv: { column: 'sex', whenEmpty: 'unknown' }, protection: 'code' },
  { path: 'person.nationality', kind: 'country', label: 'fields.nationality', csv: { column: 'nationality', required: true }, protection: 'code' },
  { path: 'person.passportNumber', kind: 'text', label: 'fields.passportNumber', csv: { column: 'passport_number' }, protection: 'identifying' },
  { path: 'person.nationalIdNumber', kind: 'text', label: 'fields.nationalIdNumber', protection: 'identifying' },
  { path: 'person.homeTown', kind: 'text', label: 'fields.homeTown', protection: 'identifying' },
  { path: 'person.languages', kind: 'text', list: true, label: 'fields.languages', protection: 'freeText' },
  { path: 'person.phone', kind: 'phone', label: 'fields.phone', csv: { column: 'phone' }, protection: 'identifying' },
  { path: 'person.messengerHandle', kind: 'text', label: 'fields.messengerHandle', protection: 'identifying' },

  { path: 'reportedBy.name', kind: 'text', label: 'fields.reportedByName', historyLabel: 'fields.inHistory.reportedByName', csv: { column: 'reported_by_name' }, protection: 'identifying' },
  {
    path: 'reportedBy.relationship',
    kind: 'text',
    label: 'fields.relationship',
    historyLabel: 'fields.inHistory.reportedByRelationship',
    csv: { column: 'reported_by_relationship' },
    protection: 'identifying',
  },
  { path: 'reportedBy.phone', kind: 'phone', label: 'fields.reportedByPhone', historyLabel: 'fields.inHistory.reportedByPhone', csv: { column: 'reported_by_phone' }, protection: 'identifying' },
  { path: 'reportedBy.email', kind: 'email', label: 'fields.email', historyLabel: 'fields.inHistory.reportedByEmail', protection: 'identifying' },
  { path: 'reportedBy.reportedOn', kind: 'date', label: 'fields.reportedOn', csv: { column: 'reported_on' }, protection: 'code' },
  { path: 'reportedBy.consentToShare', kind: 'yesNo', label: 'fields.consentToShare', protection: 'code' },

  {
    path: 'whereabouts.situation',
    kind: 'vocabulary',
    vocabulary: 'currentSituation',
    label: 'fields.currentSituation',
    csv: { column: 'current_situation', whenEmpty: 'unknown' },
    protection: 'code',
  },
  { path: 'whereabouts.country', kind: 'country', label: 'fields.whereaboutsCountry', historyLabel: 'fields.inHistory.whereaboutsCountry', csv: { column: 'location_country' }, protection: 'code' },
  { path: 'whereabouts.place', kind: 'text', label: 'fields.place', historyLabel: 'fields.inHistory.whereaboutsPlace', csv: { column: 'location_place' }, protection: 'identifying' },
  { path: 'whereabouts.militaryUnit', kind: 'text', label: 'fields.militaryUnit', protection: 'identifying' },
  { path: 'whereabouts.lastKnownOn', kind: 'date', label: 'fields.lastKnownOn', protection: 'code' },

  {
    path: 'recruitment.methods',
    kind: 'vocabulary',
    list: true,
    vocabulary: 'recruitmentMethod',
    label: 'fields.recruitmentMethods',
    csv: { column: 'recruitment_methods' },
    protection: 'code',
  },
  {
    path: 'recruitment.channel',
    kind: 'vocabulary',
    vocabulary: 'recruitmentChannel',
    label: 'fields.recruitmentChannel',
    csv: { column: 'recruitment_channel' },
    otherText: 'recruitment.channelOther',
    protection: 'code',
  },
  { path: 'recruitment.channelOther', kind: 'text', label: 'fields.recruitmentChannelOther', protection: 'freeText' },
  {
    path: 'recruitment.platform',
    kind: 'vocabulary',
    vocabulary: 'platform',
    label: 'fields.platform',
    csv: { column: 'platform' },
    otherText: 'recruitment.platformOther',
    protection: 'code',
  },
  { path: 'recruitment.platformOther', kind: 'text', label: 'fields.platformOther', protection: 'freeText' },
  { path: 'recruitment.promisedJob', kind: 'text', label: 'fields.promisedJob', csv: { column: 'promised_job' }, protection: 'freeText' },
  { path: 'recruitment.promisedPay.amount', kind: 'number', label: 'fields.promisedPayAmount', historyLabel: 'fields.inHistory.promisedPayAmount', protection: 'code' },
  { path: 'recruitment.promisedPay.currency', kind: 'text', label: 'fields.promisedPayCurrency', historyLabel: 'fields.inHistory.promisedPayCurrency', protection: 'code' },
  { path: 'recruitment.promisedPay.perMonth', kind: 'yesNo', label: 'fields.promisedPayPerMonth', historyLabel: 'fields.inHistory.promisedPayPerMonth', protection: 'code' },
  { path: 'recruitment.recruiterName', kind: 'text', label: 'fields.recruiterName', protection: 'identifying' },
  { path: 'recruitment.leftHomeOn', kind: 'date', label: 'fields.leftHomeOn', protection: 'code' },
  { path: 'recruitment.route', kind: 'country', list: true, label: 'fields.route', protection: 'code' },
  { path: 'recruitment.contractSignedOn', kind: 'date', label: 'fields.contractSignedOn', protection: 'code' },
  { path: 'recruitment.contractLanguage', kind: 'text', label: 'fields.contractLanguage', protection: 'freeText' },
  { path: 'recruitment.contractTranslated', kind: 'vocabulary', vocabulary: 'triState', label: 'fields.contractTranslated', protection: 'code' },
  { path: 'recruitment.trainingLength', kind: 'text', label: 'fields.trainingLength', protection: 'freeText' },

  { path: 'status', kind: 'vocabulary', vocabulary: 'caseStatus', label: 'fields.status', csv: { column: 'status', whenEmpty: 'reported' }, protection: 'code' },
  { path: 'notes', kind: 'text', label: 'fields.notes', csv: { column: 'notes' }, protection: 'freeText' },
  { path: 'closureReason', kind: 'vocabulary', vocabulary: 'closureReason', label: 'casePage.status.closureReason', protection: 'code' },
  { path: 'closedAt', kind: 'timestamp', label: 'fields.closedAt', protection: 'code' },
  { path: 'priority', kind: 'vocabulary', vocabulary: 'priority', label: 'fields.priority', protection: 'code' },
  { path: 'assigneeId', kind: 'staffRef', label: 'fields.assignedOfficer', protection: 'code' },
  { path: 'groupIds', kind: 'groupRef', list: true, label: 'casePage.overview.groups', protection: 'code' },
  { path: 'openedOn', kind: 'date', label: 'fields.openedOn', protection: 'code' },
  { path: 'flags', kind: 'vocabulary', list: true, vocabulary: 'caseFlag', label: 'fields.flags', protection: 'code' },
  { path: 'possibleDuplicateOf', kind: 'caseRef', list: true, label: 'fields.possibleDuplicateOf', protection: 'code' },
] as const satisfies readonly FieldSpec[];

/** Case leaves that are not fields an officer reads or types, and why. */
export const NOT_FIELDS = {
  id: 'record id',
  createdAt: 'bookkeeping',
  createdBy: 'bookkeeping',
  updatedAt: 'bookkeeping',
  updatedBy: 'bookkeeping',
  version: 'bookkeeping (stale-edit check)',
  deletedAt: 'bookkeeping (tombstone)',
  derived: 'derived from the rest of the case: every leaf under it',
  steps: 'a list of records of its own: STEP_FIELDS describe one step',
} as const satisfies Partial<Record<CasePath | 'derived', string>>;

/** The parts of one repatriation step, as History shows a change to the checklist. */
export const STEP_FIELDS = [
  { part: 'state', kind: 'vocabulary', vocabulary: 'stepState', label: 'caseRecords.steps.fields.state', protection: 'code' },
  { part: 'date', kind: 'date', label: 'caseRecords.steps.fields.date', protection: 'code' },
  { part: 'reference', kind: 'text', label: 'caseRecords.steps.fields.reference', protection: 'freeText' },
  { part: 'note', kind: 'text', label: 'caseRecords.steps.fields.note', protection: 'freeText' },
] as const satisfies readonly (Omit<FieldSpec, 'path'> & { part: keyof Case['steps'][number] })[];

export type CaseField = (typeof CASE_FIELDS)[number];

/** The intake CSV's column names. */
export type CsvColumnName = Extract<CaseField, { csv: CsvColumn }>['csv']['column'];

const BY_PATH: ReadonlyMap<string, CaseField> = new Map(CASE_FIELDS.map((field) => [field.path, field]));

/** The field at a dotted path, or undefined for a path that is not a field (bookkeeping, derived, steps). */
export function fieldAt(path: string): CaseField | undefined {
  return BY_PATH.get(path);
}

/** The field's value in a case. */
export function valueAt(record: Case, path: CasePath): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return value;
}
