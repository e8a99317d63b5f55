/**
 * The intake and list CSV format of DESIGN.md §4: one row a case, the headers
 * below, multi-valued cells joined with ";", codes written and codes or
 * English display labels read. Pure: the renderer parses and writes the
 * bytes (papaparse), this module maps a row to a case record and back.
 *
 * Formula injection. A spreadsheet program runs a cell that begins with
 * `=`, `+`, `-`, `@`, their full-width forms (`＝`, `＋`, `－`, `＠`, which an
 * East Asian input method types and a spreadsheet reads as the ASCII ones),
 * a tab or a carriage return as a formula. Export
 * neutralises such a cell by prefixing one apostrophe (the convention
 * spreadsheet programs themselves use for "this is text"); a cell that
 * already begins with apostrophes followed by one of those characters gets
 * one more, so that import can strip exactly one apostrophe from every cell
 * of the form `'…'<trigger>…` and every value round-trips unchanged. A phone
 * number in E.164 (`+27…`) is therefore exported as `'+27…`.
 */
import { z } from 'zod';
import { CaseSchema, RecruitmentSchema, WhereaboutsSchema, type Case } from '../schemas/case';
import { normalisePhone } from '../schemas/primitives';
import { VOCABULARIES, type CaseStatusCode, type VocabularyName } from '../taxonomy';
import { COUNTRY_CODES } from '../countries';
import type { CaseCore } from './case-derived';
import { buildNewCase, NewCaseInputSchema, type NewCaseContext } from './new-case';

export const INTAKE_HEADERS = [
  'reference',
  'full_name',
  'other_names',
  'date_of_birth',
  'sex',
  'nationality',
  'passport_number',
  'phone',
  'reported_by_name',
  'reported_by_relationship',
  'reported_by_phone',
  'reported_on',
  'current_situation',
  'location_country',
  'location_place',
  'recruitment_methods',
  'recruitment_channel',
  'platform',
  'promised_job',
  'status',
  'notes',
] as const;
export type IntakeHeader = (typeof INTAKE_HEADERS)[number];

/** Without these columns no row can make a case. */
export const REQUIRED_HEADERS: readonly IntakeHeader[] = ['full_name', 'nationality'];

export const MULTI_VALUE_SEPARATOR = ';';

/** Cells a spreadsheet would run as a formula, possibly behind apostrophes an earlier export added. */
export const FORMULA_TRIGGER = /^'*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;
const NEUTRALISED = /^'+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;

/** Reverses the export's neutralisation: one leading apostrophe off a neutralised cell, nothing else. */
export function unneutraliseCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

export function isIntakeHeader(name: string): name is IntakeHeader {
  return (INTAKE_HEADERS as readonly string[]).includes(name);
}

/** Statuses a file may give a new case. Returned and Closed need steps and a closure reason the file cannot carry. */
const IMPORTABLE_STATUS = z.enum(['reported', 'verifying', 'locating', 'in_contact', 'repatriation'] satisfies CaseStatusCode[], {
  error: 'validation.choose',
});

/** A case as one CSV row describes it: the §4 fields, in the sections of the case schema. */
export const IntakeRecordSchema = z.object({
  /** Kept when given and not yet used on this workstation; otherwise the workstation issues one. */
  reference: CaseSchema.shape.reference.nullable(),
  status: IMPORTABLE_STATUS,
  newCase: NewCaseInputSchema,
  whereabouts: WhereaboutsSchema.pick({ country: true, place: true }),
  recruitment: RecruitmentSchema.pick({ methods: true, channel: true, platform: true, promisedJob: true }),
});
export type IntakeRecord = z.infer<typeof IntakeRecordSchema>;

/** One thing wrong with one cell (or with the row, when `column` is null), as a message-catalogue key. */
export interface IntakeProblem {
  column: IntakeHeader | null;
  messageKey: string;
  params: Record<string, string | number>;
}

export type IntakeRowResult = { ok: true; record: IntakeRecord } | { ok: false; problems: IntakeProblem[] };

/** A row's cells by header; a header the file lacks reads as an empty cell. */
export type IntakeCells = Partial<Record<IntakeHeader, string>>;

// ---------------------------------------------------------------------------
// Case → row
// ---------------------------------------------------------------------------

const joinValues = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR);

/** The cells of one case in INTAKE_HEADERS order: codes, not labels; nothing neutralised yet (the writer does it). */
export function caseToIntakeRow(c: Case): string[] {
  const cells: Record<IntakeHeader, string> = {
    reference: c.reference,
    full_name: c.person.fullName,
    other_names: joinValues(c.person.otherNames),
    date_of_birth: c.person.dateOfBirth ?? '',
    sex: c.person.sex,
    nationality: c.person.nationality,
    passport_number: c.person.passportNumber,
    phone: c.person.phone,
    reported_by_name: c.reportedBy.name,
    reported_by_relationship: c.reportedBy.relationship,
    reported_by_phone: c.reportedBy.phone,
    reported_on: c.reportedBy.reportedOn ?? '',
    current_situation: c.whereabouts.situation,
    location_country: c.whereabouts.country ?? '',
    location_place: c.whereabouts.place,
    recruitment_methods: joinValues(c.recruitment.methods),
    recruitment_channel: c.recruitment.channel ?? '',
    platform: c.recruitment.platform ?? '',
    promised_job: c.recruitment.promisedJob,
    status: c.status,
    notes: c.notes,
  };
  return INTAKE_HEADERS.map((h) => cells[h]);
}

/**
 * The new case an intake record makes: a case as the New case form would
 * open it, with the row's status, whereabouts and recruitment. An empty
 * reference asks the workstation to issue one.
 */
export function intakeRecordToCase(record: IntakeRecord, context: Omit<NewCaseContext, 'reference'>): CaseCore {
  const { derived: _derived, ...opened } = buildNewCase(record.newCase, { ...context, reference: record.reference ?? '' });
  return {
    ...opened,
    status: record.status,
    whereabouts: { ...opened.whereabouts, ...record.whereabouts },
    recruitment: { ...opened.recruitment, ...record.recruitment },
  };
}

// ---------------------------------------------------------------------------
// Row → case record
// ---------------------------------------------------------------------------

/** Lower case, no diacritics, single spaces: "Côte d’Ivoire" and "cote d'ivoire" compare equal. */
function lookupKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Lookup = ReadonlyMap<string, string>;

function vocabularyLookup(name: VocabularyName): Lookup {
  const map = new Map<string, string>();
  for (const term of VOCABULARIES[name].terms) {
    map.set(lookupKey(term.label), term.code);
    // Codes last: a code always wins over a label that folds to the same key.
    map.set(lookupKey(term.code), term.code);
  }
  return map;
}

/** Alpha-2 codes and English country names (as the country picker shows them). */
function countryLookup(): Lookup {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const map = new Map<string, string>();
  for (const code of COUNTRY_CODES) {
    const name = names.of(code);
    if (name) map.set(lookupKey(name), code);
  }
  for (const code of COUNTRY_CODES) map.set(code.toLowerCase(), code);
  return map;
}

let lookups: { vocabularies: Map<VocabularyName, Lookup>; countries: Lookup } | null = null;
function getLookups() {
  lookups ??= { vocabularies: new Map(), countries: countryLookup() };
  return lookups;
}
function vocabulary(name: VocabularyName): Lookup {
  const { vocabularies } = getLookups();
  let found = vocabularies.get(name);
  if (!found) {
    found = vocabularyLookup(name);
    vocabularies.set(name, found);
  }
  return found;
}

/** Where each column goes in IntakeRecord, for reporting schema issues against the column. */
const COLUMN_OF_PATH: Readonly<Record<string, IntakeHeader>> = {
  reference: 'reference',
  status: 'status',
  'newCase.person.fullName': 'full_name',
  'newCase.person.otherNames': 'other_names',
  'newCase.person.dateOfBirth': 'date_of_birth',
  'newCase.person.sex': 'sex',
  'newCase.person.nationality': 'nationality',
  'newCase.person.passportNumber': 'passport_number',
  'newCase.person.phone': 'phone',
  'newCase.reportedBy.name': 'reported_by_name',
  'newCase.reportedBy.relationship': 'reported_by_relationship',
  'newCase.reportedBy.phone': 'reported_by_phone',
  'newCase.reportedBy.reportedOn': 'reported_on',
  'newCase.situation': 'current_situation',
  'newCase.notes': 'notes',
  'whereabouts.country': 'location_country',
  'whereabouts.place': 'location_place',
  'recruitment.methods': 'recruitment_methods',
  'recruitment.channel': 'recruitment_channel',
  'recruitment.platform': 'platform',
  'recruitment.promisedJob': 'promised_job',
};

/** The CSV wording of each schema message: the CSV messages quote the cell, the form's do not. */
const CSV_MESSAGE: Readonly<Record<string, string>> = {
  'validation.required': 'csv.required',
  'validation.tooLong': 'csv.tooLong',
  'validation.tooMany': 'csv.tooMany',
  'validation.invalidDate': 'csv.badDate',
  'validation.invalidPartialDate': 'csv.badPartialDate',
  'validation.dateInFuture': 'csv.dateInFuture',
  'validation.passport': 'csv.badPassport',
  'validation.reference': 'csv.badReference',
  'validation.country': 'csv.unknownCountry',
  'validation.phone': 'csv.badPhone',
  'validation.choose': 'csv.unknownValue',
};

function columnOf(path: readonly PropertyKey[]): IntakeHeader | null {
  // Array members (`otherNames.2`) report against their column.
  for (let length = path.length; length > 0; length--) {
    const column = COLUMN_OF_PATH[path.slice(0, length).map(String).join('.')];
    if (column) return column;
  }
  return null;
}

function splitValues(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Reads one row. Every cell is trimmed; an empty cell means "not known"
 * (sex and current situation: Unknown; status: Reported). Priority is Normal
 * and consent to share is not recorded: the format has no columns for them.
 */
export function intakeRowToRecord(cells: IntakeCells): IntakeRowResult {
  const problems: IntakeProblem[] = [];
  const cell = (column: IntakeHeader) => (cells[column] ?? '').trim();
  const fail = (column: IntakeHeader, messageKey: string, value: string) => problems.push({ column, messageKey, params: { value } });

  const code = (column: IntakeHeader, name: VocabularyName, fallback: string | null): string | null => {
    const value = cell(column);
    if (value === '') return fallback;
    const found = vocabulary(name).get(lookupKey(value));
    if (found === undefined) fail(column, 'csv.unknownValue', value);
    return found ?? null;
  };
  const country = (column: IntakeHeader, required: boolean): string | null => {
    const value = cell(column);
    if (value === '') {
      if (required) fail(column, 'csv.required', value);
      return null;
    }
    const found = getLookups().countries.get(lookupKey(value));
    if (found === undefined) fail(column, 'csv.unknownCountry', value);
    return found ?? null;
  };
  const phone = (column: IntakeHeader, defaultCountry: string | null): string => {
    const value = cell(column);
    // Without a nationality a national number cannot be read; the nationality's own problem says what to fix.
    if (value === '' || (defaultCountry === null && cell('nationality') !== '')) return '';
    const normalised = normalisePhone(value, defaultCountry ?? undefined);
    if (normalised === null) fail(column, 'csv.badPhone', value);
    return normalised ?? '';
  };

  const nationality = country('nationality', true);
  const methods = splitValues(cell('recruitment_methods')).map((value) => {
    const found = vocabulary('recruitmentMethod').get(lookupKey(value));
    if (found === undefined) fail('recruitment_methods', 'csv.unknownValue', value);
    return found;
  });
  const status = code('status', 'caseStatus', 'reported');
  if (status === 'returned' || status === 'closed') fail('status', `csv.status.${status}`, cell('status'));

  const candidate = {
    reference: cell('reference') === '' ? null : cell('reference').toUpperCase(),
    status,
    newCase: {
      person: {
        fullName: cell('full_name'),
        otherNames: splitValues(cell('other_names')),
        dateOfBirth: cell('date_of_birth'),
        sex: code('sex', 'sex', 'unknown'),
        nationality: nationality ?? '',
        passportNumber: cell('passport_number'),
        nationalIdNumber: '',
        homeTown: '',
        languages: [],
        phone: phone('phone', nationality),
        messengerHandle: '',
      },
      priority: 'normal',
      situation: code('current_situation', 'currentSituation', 'unknown'),
      reportedBy: {
        name: cell('reported_by_name'),
        relationship: cell('reported_by_relationship'),
        phone: phone('reported_by_phone', nationality),
        email: '',
        reportedOn: cell('reported_on'),
        consentToShare: false,
      },
      notes: cell('notes'),
    },
    whereabouts: { country: country('location_country', false), place: cell('location_place') },
    recruitment: {
      methods: methods.filter((m) => m !== undefined),
      channel: code('recruitment_channel', 'recruitmentChannel', null),
      platform: code('platform', 'platform', null),
      promisedJob: cell('promised_job'),
    },
  };

  const parsed = IntakeRecordSchema.safeParse(candidate);
  if (parsed.success && problems.length === 0) return { ok: true, record: parsed.data };
  if (!parsed.success) {
    const reported = new Set(problems.map((p) => p.column));
    for (const issue of parsed.error.issues) {
      const column = columnOf(issue.path);
      // One problem a cell: the first is the one to fix, and the lookups above already spoke for theirs.
      if (reported.has(column)) continue;
      reported.add(column);
      problems.push({
        column,
        messageKey: CSV_MESSAGE[issue.message] ?? 'csv.invalid',
        params: { value: column === null ? '' : cell(column) },
      });
    }
  }
  return { ok: false, problems };
}

