/** A supervisor sets a new passphrase for someone who forgot theirs. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NewPassphraseSchema, type Staff } from '../../../../shared/schemas/staff';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { FormActions } from '../../components/FormActions';
import { FailureAlert } from '../../components/Notices';

type PassphraseInput = z.input<typeof NewPassphraseSchema>;

interface SetPassphraseFormProps {
  target: Staff;
  onDone: (saved: boolean) => void;
}

export function SetPassphraseForm({ target, onDone }: SetPassphraseFormProps) {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const { profile } = useSession();
  const form = useForm<PassphraseInput>({ resolver: zodResolver(NewPassphraseSchema), defaultValues: { passphrase: '', confirmation: '' } });
  const { run, failure } = useSave(form.setError);
  const { errors } = form.formState;
  const { setFocus } = form;

  useEffect(() => setFocus('passphrase'), [setFocus]);

  const submit = form.handleSubmit(async (input) => {
    if (await run(() => staff.setPassphrase(target.id, input, profile.id))) onDone(true);
  });

  return (
    <form onSubmit={submit} noValidate className="profile-form profile-form--inline">
      <fieldset>
        <legend>
          <Trans i18nKey="profiles.newPassphraseLegend" values={{ name: target.name }} components={{ name: <bdi /> }} />
        </legend>
        <p className="field__hint">{t('profiles.newPassphraseHint')}</p>
        <FailureAlert failure={failure} />
        <Field label={t('profiles.newPassphrase')} hint={t('profiles.passphraseHint')} error={errors.passphrase?.message} required>
          <input type="password" autoComplete="new-password" {...form.register('passphrase')} />
        </Field>
        <Field label={t('profiles.confirmNewPassphrase')} error={errors.confirmation?.message} required>
          <input type="password" autoComplete="new-password" {...form.register('confirmation')} />
        </Field>
        <FormActions submit={t('profiles.savePassphrase')} busy={form.formState.isSubmitting} cancel={t('profiles.cancel')} onCancel={() => onDone(false)} />
      </fieldset>
    </form>
  );
}
