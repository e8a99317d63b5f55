/** A backup passphrase typed twice. Backups can be attacked offline, so they ask for more than a sign-in passphrase. */
import { z } from 'zod';
import { MIN_BACKUP_PASSPHRASE_LENGTH } from '../../data/exchange/backup-keyring';

export const BackupPassphraseSchema = z
  .object({
    passphrase: z
      .string()
      .min(MIN_BACKUP_PASSPHRASE_LENGTH, { error: 'exchangeUi.backup.passphraseTooShort' })
      .max(1024, { error: 'validation.tooLong' }),
    confirmation: z.string(),
  })
  .refine((value) => value.passphrase === value.confirmation, { error: 'validation.passphraseMismatch', path: ['confirmation'] });
export type BackupPassphrase = z.infer<typeof BackupPassphraseSchema>;
