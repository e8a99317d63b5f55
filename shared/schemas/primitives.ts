/**
 * Building blocks of every schema. Validation messages are message-catalogue
 * keys (`validation.*`), never English text: the renderer translates them.
 */
import { z } from 'zod';
import countries from 'i18n-iso-countries';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { VOCABULARIES, type VocabularyName } from '../taxonomy';
import { isPartialDateInFuture, isValidPartialDate, workstationToday } from '../domain/partial-date';

export const UuidSchema = z.uuid({ error: 'validation.invalid' });
export const TimestampSchema = z.iso.datetime({ offset: true, error: 'validation.invalidDate' });

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A full ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().refine(isCalendarDate, { error: 'validation.invalidDate' });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; unknown dates are stored as null by the fields that allow it. */
export const PartialDateSchema = z.string().refine(isValidPartialDate, { error: 'validation.invalidPartialDate' });

export const CountryCodeSchema = z
  .string({ error: 'validation.country' })
  .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), { error: 'validation.country' });

export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { error: 'validation.currency' });

/**
 * A telephone number: accepts what a person types (spaces, dashes, a leading
 * 00) and yields E.164 (`+27821234567`), checked against the numbering plan.
 */
export const PhoneSchema = z.string().transform((value, ctx) => {
  const normalised = normalisePhone(value);
  if (normalised === null) {
    // `continue: true` keeps the issue non-fatal, so that a union (`'' | phone`) reports
    // `validation.phone` instead of zod's generic "Invalid input" union issue.
    ctx.addIssue({ code: 'custom', message: 'validation.phone', continue: true });
    return z.NEVER;
  }
  return normalised;
});

/** Parses what a person typed (spaces, dashes, a leading 00) into E.164, or returns null. */
export function normalisePhone(input: string, defaultCountry?: string): string | null {
  const trimmed = input.trim().replace(/^00/, '+');
  if (!trimmed) return null;
  try {
    const parsed = parsePhoneNumberWithError(trimmed, defaultCountry as Parameters<typeof parsePhoneNumberWithError>[1]);
    return parsed.isValid() ? parsed.number : null;
  } catch {
    return null;
  }
}

/**
 * A stored (E.164) number as people read it: international format with its
 * groups, "+27 82 123 4567". A value that does not parse is shown as stored.
 */
export function phoneForReading(e164: string): string {
  try {
    return parsePhoneNumberWithError(e164).formatInternational();
  } catch {
    return e164;
  }
}

export const EmailSchema = z.email({ error: 'validation.email' });

/** One line of typed text as stored: runs of spaces (and stray tabs or line breaks) become one space. */
export function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ');
}

/** Several lines of typed text as stored: the line breaks are kept, spaces at the end of each line are not. */
export function trimLineEnds(value: string): string {
  return value.replace(/[^\S\r\n]+(?=\r?\n|$)/g, '');
}

/**
 * One line of free text of bounded length (a name, a place, a title): trimmed,
 * so blank means empty, with runs of spaces collapsed, so that "Muhammad   Ansari"
 * is stored, searched and shown as "Muhammad Ansari" whether typed or imported.
 */
export function text(max: number) {
  return z.string().overwrite(collapseSpaces).trim().max(max, { error: 'validation.tooLong' });
}

export function requiredText(max: number) {
  return z.string({ error: 'validation.required' }).overwrite(collapseSpaces).trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
}

/** Free text over several lines (notes, summaries): trimmed, line breaks and inner spacing kept as typed. */
export function multilineText(max: number) {
  return z.string().overwrite(trimLineEnds).trim().max(max, { error: 'validation.tooLong' });
}

export function requiredMultilineText(max: number) {
  return z.string({ error: 'validation.required' }).overwrite(trimLineEnds).trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
}

/** A code of one of the taxonomy's vocabularies. */
export function codeOf<N extends VocabularyName>(name: N) {
  const { codes } = VOCABULARIES[name];
  return z.enum(codes as unknown as [(typeof VOCABULARIES)[N]['codes'][number], ...(typeof VOCABULARIES)[N]['codes'][number][]], {
    error: 'validation.choose',
  });
}

/** Fields every stored record carries so that copies from different workstations can meet later. */
export const RecordMetaSchema = z.object({
  id: UuidSchema,
  createdAt: TimestampSchema,
  createdBy: UuidSchema,
  updatedAt: TimestampSchema,
  updatedBy: UuidSchema,
  version: z.number().int().min(1),
  /** Tombstone: deleted records are kept, marked with the time they were deleted. */
  deletedAt: TimestampSchema.nullable(),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** A date field a form may leave empty: empty input is stored as null ("not known"). */
export function optionalDate<T extends z.ZodType<string, string>>(schema: T) {
  return z.union([z.literal('').transform(() => null), schema]).nullable();
}

/** A date of something that has already happened: refused when after the workstation's today (a partial date by its earliest day). */
export function pastDate<T extends z.ZodType<string, string>>(schema: T) {
  return schema.refine((value) => !isPartialDateInFuture(value, workstationToday()), { error: 'validation.dateInFuture' });
}
