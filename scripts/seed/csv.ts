/**
 * The intake CSV of DESIGN.md §4: one row a case, codes rather than labels,
 * multi-valued cells joined with ";", UTF-8 with a byte-order mark so that
 * spreadsheet programs read the names' scripts correctly.
 */
import Papa from 'papaparse';
import type { Case } from '../../shared/schemas/case';

export const INTAKE_CSV_HEADERS = [
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

export type IntakeCsvRow = Record<(typeof INTAKE_CSV_HEADERS)[number], string>;

const BOM = '\uFEFF';
const MULTI_VALUE_SEPARATOR = ';';

export function intakeCsvRow(record: Case): IntakeCsvRow {
  const { person, reportedBy, whereabouts, recruitment } = record;
  return {
    reference: record.reference,
    full_name: person.fullName,
    other_names: person.otherNames.join(MULTI_VALUE_SEPARATOR),
    date_of_birth: person.dateOfBirth ?? '',
    sex: person.sex,
    nationality: person.nationality,
    passport_number: person.passportNumber,
    phone: person.phone,
    reported_by_name: reportedBy.name,
    reported_by_relationship: reportedBy.relationship,
    reported_by_phone: reportedBy.phone,
    reported_on: reportedBy.reportedOn ?? '',
    current_situation: whereabouts.situation,
    location_country: whereabouts.country ?? '',
    location_place: whereabouts.place,
    recruitment_methods: recruitment.methods.join(MULTI_VALUE_SEPARATOR),
    recruitment_channel: recruitment.channel ?? '',
    platform: recruitment.platform ?? '',
    promised_job: recruitment.promisedJob,
    status: record.status,
    notes: record.notes,
  };
}

/** Rows as CSV text: the header row only when `header` is set, so a long file can be written in parts. */
export function intakeCsvText(rows: readonly IntakeCsvRow[], header: boolean): string {
  return Papa.unparse({ fields: [...INTAKE_CSV_HEADERS], data: rows.map((row) => INTAKE_CSV_HEADERS.map((h) => row[h])) }, { header, newline: '\r\n' });
}

/** A whole intake file: byte-order mark, header and rows. */
export function intakeCsv(rows: readonly IntakeCsvRow[]): string {
  return `${BOM}${intakeCsvText(rows, true)}\r\n`;
}
