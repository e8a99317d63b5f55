/** The two passphrase fields of a backup form: the passphrase and the same again. */
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { BackupPassphrase } from './passphrase-schema';

export function PassphrasePairFields({ form, hint }: { form: UseFormReturn<BackupPassphrase>; hint: string }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <>
      <Field label={t('exchangeUi.backup.passphrase')} hint={hint} error={errors.passphrase?.message} required>
        <input type="password" autoComplete="new-password" {...form.register('passphrase')} />
      </Field>
      <Field label={t('exchangeUi.backup.passphraseAgain')} error={errors.confirmation?.message} required>
        <input type="password" autoComplete="new-password" {...form.register('confirmation')} />
      </Field>
    </>
  );
}
