/** A supervisor adds a profile: the person's name, role and first passphrase. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Staff } from '../../../../shared/schemas/staff';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { VocabularySelect } from '../../components/Select';
import { useRepositories } from '../../data/context';
import { NewProfileSchema, type NewProfileInput } from '../../../../shared/schemas/staff';
import { useSave } from '../../data/use-save';
import { FormActions } from '../../components/FormActions';
import { FailureAlert } from '../../components/Notices';

export function AddProfileForm({ onAdded }: { onAdded: (profile: Staff) => void }) {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const { profile } = useSession();
  const form = useForm<NewProfileInput, unknown, z.output<typeof NewProfileSchema>>({
    resolver: zodResolver(NewProfileSchema),
    defaultValues: { name: '', role: 'officer', passphrase: { passphrase: '', confirmation: '' } },
  });
  const { run, failure } = useSave(form.setError);
  const { errors, submitCount } = form.formState;
  const problemCount = [errors.name, errors.role, errors.passphrase?.passphrase, errors.passphrase?.confirmation].filter(Boolean).length;

  const submit = form.handleSubmit(async (input) => {
    const added = await run(() => staff.create(input, profile.id));
    if (!added) return;
    form.reset();
    onAdded(added);
  });

  return (
    <form onSubmit={submit} noValidate className="profile-form">
      <fieldset>
        <legend>{t('profiles.addLegend')}</legend>
        <p className="field__hint">{t('profiles.addHint')}</p>
        {submitCount > 0 ? <ErrorSummary count={problemCount} messageKey="newCase.errorSummary" /> : null}
        <FailureAlert failure={problemCount === 0 ? failure : null} />
        <Field label={t('profiles.fullName')} error={errors.name?.message} required>
          <input type="text" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('profiles.role')} error={errors.role?.message} required>
          <VocabularySelect vocabulary="staffRole" className="input--medium" {...form.register('role')} />
        </Field>
        <Field label={t('profiles.passphrase')} hint={t('profiles.passphraseHint')} error={errors.passphrase?.passphrase?.message} required>
          <input type="password" autoComplete="new-password" {...form.register('passphrase.passphrase')} />
        </Field>
        <Field label={t('profiles.confirmPassphrase')} error={errors.passphrase?.confirmation?.message} required>
          <input type="password" autoComplete="new-password" {...form.register('passphrase.confirmation')} />
        </Field>
        <FormActions submit={t('profiles.add')} busy={form.formState.isSubmitting} />
      </fieldset>
    </form>
  );
}
