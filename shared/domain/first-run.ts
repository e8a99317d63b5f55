/** What "Who is using this workstation?" asks: the first profile and the workstation's reference prefix. */
import { z } from 'zod';
import { NewPassphraseSchema, StaffFieldsSchema } from '../schemas/staff';
import { DEFAULT_CONTACT_LOST_DAYS, DEFAULT_IDLE_LOCK_MINUTES, LanguageSchema, WorkstationSettingsSchema, type WorkstationSettings } from '../schemas/settings';

/** The first profile is always a supervisor: someone must be able to add the others. */
export const FirstRunInputSchema = z.object({
  profile: StaffFieldsSchema.pick({ name: true }),
  workstation: WorkstationSettingsSchema.pick({ issuingCountry: true, postCode: true }).extend({
    /** Chosen first on the screen, which switches to it at once; the workstation's and the first profile's language. */
    locale: LanguageSchema.default('en'),
  }),
});
export type FirstRunInput = z.infer<typeof FirstRunInputSchema>;

/** The first-run form: the same, with the first profile's passphrase. */
export const FirstRunWithPassphraseSchema = FirstRunInputSchema.extend({ passphrase: NewPassphraseSchema });
export type FirstRunWithPassphrase = z.input<typeof FirstRunWithPassphraseSchema>;

export function initialWorkstationSettings(input: FirstRunInput['workstation']): WorkstationSettings {
  return { ...input, clock: '24h', contactLostDays: DEFAULT_CONTACT_LOST_DAYS, idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES, stationCode: null };
}
