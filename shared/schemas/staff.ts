/** A person who uses this workstation. Profiles are deactivated, never deleted: history refers to them. */
import { z } from 'zod';
import { RecordMetaSchema, codeOf, requiredText } from './primitives';
import { LanguageSchema } from './settings';

export const StaffFieldsSchema = z.object({
  name: requiredText(120),
  role: codeOf('staffRole'),
});
export type StaffFields = z.infer<typeof StaffFieldsSchema>;

/** A passphrase as stored: a salted PBKDF2 verifier, never the passphrase itself. */
export const PassphraseRecordSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  // The app always hashes with 600,000 (auth/passphrase.ts); tests inject fewer to stay fast.
  iterations: z.number().int().min(1000),
  salt: z.base64(),
  verifier: z.base64(),
});
export type PassphraseRecord = z.infer<typeof PassphraseRecordSchema>;

export const MIN_PASSPHRASE_LENGTH = 10;

/** A new passphrase as typed, twice. */
export const NewPassphraseSchema = z
  .object({
    passphrase: z.string().min(MIN_PASSPHRASE_LENGTH, { error: 'validation.passphraseTooShort' }).max(1024, { error: 'validation.tooLong' }),
    confirmation: z.string(),
  })
  .refine((value) => value.passphrase === value.confirmation, { error: 'validation.passphraseMismatch', path: ['confirmation'] });

export const StaffSchema = RecordMetaSchema.extend({
  active: z.boolean(),
  /** Null only for a profile made before sign-in existed; such a profile must set one before it can sign in. */
  passphrase: PassphraseRecordSchema.nullable(),
  /** The language this person works in (My profile); absent, the workstation's language. */
  language: LanguageSchema.optional(),
}).extend(StaffFieldsSchema.shape);
export type Staff = z.infer<typeof StaffSchema>;

/** A supervisor adds a profile with its first passphrase. */
export const NewProfileSchema = StaffFieldsSchema.extend({ passphrase: NewPassphraseSchema });
export type NewProfileInput = z.input<typeof NewProfileSchema>;
