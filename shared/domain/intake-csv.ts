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
import { openCodeOf, VOCABULARIES, type CaseStatusCode, type VocabularyName } from '../taxonomy';
import { CASE_FIELDS, fieldAt, valueAt, type CaseField, type CsvColumn, type CsvColumnName } from '../fields';
import { COUNTRY_CODES } from '../countries';
import type { CaseCore } from './case-derived';
import type { DuplicateProbe } from './duplicates';
import { isValidPartialDate } from './partial-date';
import { buildNewCase, NewCaseInputSchema, type NewCaseContext } from './new-case';

/** The columns, in order: the CSV columns of the field table. */
export const INTAKE_HEADERS: readonly IntakeHeader[] = CASE_FIELDS.flatMap((field) => ('csv' in field ? [field.csv.column] : []));
export type IntakeHeader = CsvColumnName;

type CsvField = Extract<CaseField, { csv: CsvColumn }>;

/** The field of each column. */
const CSV_FIELDS = CASE_FIELDS.filter((field): field is CsvField => 'csv' in field);

/** The keys of a section's fields that have a column. */
type ColumnKeys<S extends string> = CsvField['path'] extends infer P ? (P extends `${S}.${infer K}` ? K : never) : never;

/** A `pick` mask of the fields of one section that have a column, less those the New case input holds. */
function columnMask<S extends string, X extends string = never>(section: S, except: readonly X[] = []) {
  const keys = CSV_FIELDS.map((field) => field.path)
    .filter((path) => path.startsWith(`${section}.`))
    .map((path) => path.slice(section.length + 1))
    .filter((key) => !(except as readonly string[]).includes(key));
  return Object.fromEntries(keys.map((key) => [key, true])) as Record<Exclude<ColumnKeys<S>, X>, true>;
}

/** Without these columns no row can make a case. */
export const REQUIRED_HEADERS: readonly IntakeHeader[] = CSV_FIELDS.flatMap((field) => ('required' in field.csv ? [field.csv.column] : []));

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
  whereabouts: WhereaboutsSchema.pick(columnMask('whereabouts', ['situation'])),
  // An open vocabulary's column also fills its text field: "YouTube" is Other, "YouTube" (fields.ts `otherText`).
  recruitment: RecruitmentSchema.pick({ ...columnMask('recruitment'), channelOther: true, platformOther: true }),
});
export type IntakeRecord = z.infer<typeof IntakeRecordSchema>;

/** One thing wrong with one cell (or with the row, when `column` is null), as a message-catalogue key. */
export interface IntakeProblem {
  column: IntakeHeader | null;
  messageKey: string;
  params: Record<string, string | number>;
}

/** `warnings` say what was read other than as written (a value outside an open list kept as Other); they refuse nothing. */
export type IntakeRowResult = { ok: true; record: IntakeRecord; warnings: IntakeProblem[] } | { ok: false; problems: IntakeProblem[]; warnings: IntakeProblem[] };

/** A row's cells by header; a header the file lacks reads as an empty cell. */
export type IntakeCells = Partial<Record<IntakeHeader, string>>;

// ---------------------------------------------------------------------------
// Case → row
// ---------------------------------------------------------------------------

const joinValues = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR);

/**
 * The cells of one case in INTAKE_HEADERS order: codes, not labels; nothing neutralised yet (the writer does it).
 * An open vocabulary's Other is written as the text kept with it, so that import reads back the same case.
 */
export function caseToIntakeRow(c: Case): string[] {
  return CSV_FIELDS.map((field) => {
    const value = valueAt(c, field.path);
    if ('otherText' in field && 'vocabulary' in field && value === openCodeOf(field.vocabulary)) {
      const named = valueAt(c, field.otherText) as string;
      if (named !== '') return named;
    }
    if (Array.isArray(value)) return joinValues(value as string[]);
    return value === null ? '' : String(value);
  });
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

/**
 * The case path of a path in IntakeRecord, for reporting schema issues
 * against the column: the New case input holds the person, the reporter,
 * the situation and the notes.
 */
function casePathOf(intakePath: string): string {
  if (intakePath === 'newCase.situation') return 'whereabouts.situation';
  return intakePath.startsWith('newCase.') ? intakePath.slice('newCase.'.length) : intakePath;
}

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
    const field = fieldAt(casePathOf(path.slice(0, length).map(String).join('.')));
    if (field && 'csv' in field) return field.csv.column;
  }
  return null;
}

function splitValues(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** What a field the file has no column for holds in a new case: nothing recorded. */
function emptyValue(field: CaseField): unknown {
  if ('list' in field) return [];
  if (field.kind === 'yesNo') return false;
  return field.kind === 'text' || field.kind === 'phone' || field.kind === 'email' ? '' : null;
}

const NATIONALITY = CSV_FIELDS.find((field) => field.path === 'person.nationality')!;

/** Phones last: a national number is read as a number of the row's nationality. */
const READING_ORDER = [...CSV_FIELDS.filter((f) => f.kind !== 'phone'), ...CSV_FIELDS.filter((f) => f.kind === 'phone')];

type Section = 'person' | 'reportedBy' | 'whereabouts' | 'recruitment';
const SECTION_FIELDS = Object.fromEntries(
  (['person', 'reportedBy', 'whereabouts', 'recruitment'] as const).map((name) => [name, CASE_FIELDS.filter((field) => field.path.startsWith(`${name}.`))]),
) as Record<Section, CaseField[]>;

/**
 * Reads one row. Every cell is trimmed; an empty cell means "not known"
 * (a choice: its `whenEmpty` code, e.g. Unknown, or none). Priority is Normal
 * and consent to share is not recorded: the format has no columns for them.
 */
export function intakeRowToRecord(cells: IntakeCells): IntakeRowResult {
  const problems: IntakeProblem[] = [];
  const warnings: IntakeProblem[] = [];
  const cell = (column: IntakeHeader) => (cells[column] ?? '').trim();
  const fail = (column: IntakeHeader, messageKey: string, value: string) => problems.push({ column, messageKey, params: { value } });

  const code = (column: IntakeHeader, name: VocabularyName, value: string): string | undefined => {
    const found = vocabulary(name).get(lookupKey(value));
    if (found === undefined) fail(column, 'csv.unknownValue', value);
    return found;
  };
  const country = (column: IntakeHeader, value: string): string | null => {
    const found = getLookups().countries.get(lookupKey(value));
    if (found === undefined) fail(column, 'csv.unknownCountry', value);
    return found ?? null;
  };

  const read = (field: (typeof CSV_FIELDS)[number]): unknown => {
    const { column } = field.csv;
    const value = cell(column);
    if ('list' in field) {
      const values = splitValues(value);
      return 'vocabulary' in field ? values.map((v) => code(column, field.vocabulary, v)).filter((v) => v !== undefined) : values;
    }
    if (field.kind === 'vocabulary') {
      if (value === '') return 'whenEmpty' in field.csv ? field.csv.whenEmpty : null;
      const open = openCodeOf(field.vocabulary);
      if ('otherText' in field && open !== null && !vocabulary(field.vocabulary).has(lookupKey(value))) {
        // A value the open list lacks is not a mistake: it is Other, and the text says which.
        values.set(field.otherText, value);
        warnings.push({ column, messageKey: 'csv.keptAsOther', params: { value } });
        return open;
      }
      return code(column, field.vocabulary, value) ?? null;
    }
    if (field.kind === 'country') {
      const required = 'required' in field.csv;
      if (value === '' && required) fail(column, 'csv.required', value);
      const found = value === '' ? null : country(column, value);
      // A country the case cannot do without is a string: its problem is already reported.
      return found ?? (required ? '' : null);
    }
    if (field.kind === 'phone') {
      const defaultCountry = (values.get(NATIONALITY.path) as string) || null;
      // Without a nationality a national number cannot be read; the nationality's own problem says what to fix.
      if (value === '' || (defaultCountry === null && cell(NATIONALITY.csv.column) !== '')) return '';
      const normalised = normalisePhone(value, defaultCountry ?? undefined);
      if (normalised === null) fail(column, 'csv.badPhone', value);
      return normalised ?? '';
    }
    return value;
  };

  const values = new Map<string, unknown>();
  for (const field of READING_ORDER) values.set(field.path, read(field));

  const status = values.get('status');
  if (status === 'returned' || status === 'closed') fail('status', `csv.status.${status}`, cell('status'));

  /** One section of the case as the row gives it; fields without a column hold nothing. */
  const section = (name: Section) =>
    Object.fromEntries(
      SECTION_FIELDS[name].map((field) => [field.path.slice(name.length + 1), values.has(field.path) ? values.get(field.path) : emptyValue(field)]),
    );
  const reference = values.get('reference') as string;
  const candidate = {
    reference: reference === '' ? null : reference.toUpperCase(),
    status,
    newCase: {
      person: section('person'),
      priority: 'normal',
      situation: values.get('whereabouts.situation'),
      reportedBy: section('reportedBy'),
      notes: values.get('notes'),
    },
    whereabouts: section('whereabouts'),
    recruitment: section('recruitment'),
  };
  const parsed = IntakeRecordSchema.safeParse(candidate);
  if (parsed.success && problems.length === 0) return { ok: true, record: parsed.data, warnings };
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
  return { ok: false, problems, warnings };
}


/**
 * The person a row names, read from its cells as they are, whatever else is
 * wrong with the row: a row refused for a bad date still names a passport
 * another row (or a stored case) has. A nationality is its code when the
 * cell names a country and the cell itself otherwise (two rows with the
 * same unknown nationality still agree); a date of birth that is not a date
 * counts as unknown.
 */
export function intakeRowProbe(cells: IntakeCells): DuplicateProbe {
  const cell = (column: IntakeHeader) => (cells[column] ?? '').trim();
  const nationality = cell('nationality');
  const dateOfBirth = cell('date_of_birth');
  return {
    fullName: cell('full_name'),
    otherNames: splitValues(cell('other_names')),
    nationality: getLookups().countries.get(lookupKey(nationality)) ?? nationality,
    dateOfBirth: isValidPartialDate(dateOfBirth) ? dateOfBirth : null,
    passportNumber: cell('passport_number'),
  };
}
