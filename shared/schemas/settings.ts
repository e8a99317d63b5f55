/** Workstation settings, chosen at first run and changed later by a supervisor. */
import { z } from 'zod';
import { STATION_CODE_PATTERN } from '../domain/reference';
import { CountryCodeSchema } from './primitives';

export const PostCodeSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,8}$/, { error: 'validation.postCode' });

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** The languages Homeward speaks; English is the catalogue every other language is checked against. */
export const SUPPORTED_LOCALES = ['en', 'ar', 'ru', 'es', 'fr'] as const;
export const LanguageSchema = z.enum(SUPPORTED_LOCALES);
export type Language = z.infer<typeof LanguageSchema>;

/** How times of day are written; most posts use the 24-hour clock. */
export const CLOCKS = ['24h', '12h'] as const;
export const ClockSchema = z.enum(CLOCKS);
export type Clock = z.infer<typeof ClockSchema>;

export const WorkstationSettingsSchema = z.object({
  /** The country whose consulate uses this workstation: the first part of every reference. */
  issuingCountry: CountryCodeSchema,
  /** The consular post's or workstation's short code (`MOW`): the second part of every reference. */
  postCode: PostCodeSchema,
  /** The language of the sign-in screen and of every profile that has not chosen its own. */
  locale: LanguageSchema,
  /**
   * The country the post is in, whose conventions dates and numbers follow (day-month-year, separators).
   * Settings stored before it existed have none: the issuing country stands in (formatRegion).
   */
  region: CountryCodeSchema.optional(),
  /** Settings stored before it existed get the 24-hour clock. */
  clock: ClockSchema.default('24h'),
  /** Days without a successful contact after which the contact status becomes "Contact lost". */
  contactLostDays: z.number().int().min(1).max(365),
  /** Minutes without keyboard, pointer or touch activity after which a window locks. Settings stored before it existed get the default. */
  idleLockMinutes: z.number().int().min(1).max(240).default(DEFAULT_IDLE_LOCK_MINUTES),
  /** This workstation's code among the post's workstations that sync (a part of its references); null when it does not sync. */
  stationCode: z.string().regex(STATION_CODE_PATTERN, { error: 'validation.stationCode' }).nullable().default(null),
});
export type WorkstationSettings = z.infer<typeof WorkstationSettingsSchema>;

export const DEFAULT_CONTACT_LOST_DAYS = 14;

/** The region dates and numbers are written for: the post's country, else the issuing country. */
export function formatRegion(settings: Pick<WorkstationSettings, 'region' | 'issuingCountry'>): string {
  return settings.region ?? settings.issuingCountry;
}
