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

export const SUPPORTED_LOCALES = ['en'] as const;

export const WorkstationSettingsSchema = z.object({
  /** The country whose consulate uses this workstation: the first part of every reference. */
  issuingCountry: CountryCodeSchema,
  /** The consular post's or workstation's short code (`MOW`): the second part of every reference. */
  postCode: PostCodeSchema,
  locale: z.enum(SUPPORTED_LOCALES),
  /** Days without a successful contact after which the contact status becomes "Contact lost". */
  contactLostDays: z.number().int().min(1).max(365),
  /** Minutes without keyboard, pointer or touch activity after which a window locks. Settings stored before it existed get the default. */
  idleLockMinutes: z.number().int().min(1).max(240).default(DEFAULT_IDLE_LOCK_MINUTES),
  /** This workstation's code among the post's workstations that sync (a part of its references); null when it does not sync. */
  stationCode: z.string().regex(STATION_CODE_PATTERN, { error: 'validation.stationCode' }).nullable().default(null),
});
export type WorkstationSettings = z.infer<typeof WorkstationSettingsSchema>;

export const DEFAULT_CONTACT_LOST_DAYS = 14;
