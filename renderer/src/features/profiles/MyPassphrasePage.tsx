/**
 * Everyone changes their own passphrase here. The current one is asked
 * first, so that someone at an unlocked window cannot take the profile over;
 * it is checked like a sign-in, wrong attempts slowing further ones down.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { NewPassphraseSchema } from '../../../../shared/schemas/staff';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import './profiles.css';
import { FormActions } from '../../components/FormActions';
import { SuccessNotice } from '../../components/Notices';

const ChangeMyPassphraseSchema = z.object({
  current: z.string().min(1, { error: 'validation.required' }),
  next: NewPassphraseSchema,
});
type ChangeMyPassphraseInput = z.input<typeof ChangeMyPassphraseSchema>;

export function MyPassphrasePage() {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const { profile } = useSession();
  const form = useForm<ChangeMyPassphraseInput>({
    resolver: zodResolver(ChangeMyPassphraseSchema),
    defaultValues: { current: '', next: { passphrase: '', confirmation: '' } },
  });
  const { run, failure } = useSave(form.setError);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async ({ current, next }) => {
    setRefusal(null);
    setSaved(false);
    const check = await staff.signIn(profile.id, current);
    if (check.outcome !== 'signed-in') {
      form.setValue('current', '');
      if (check.outcome === 'locked') setRefusal(t('signIn.locked', { count: check.retryAfterSeconds }));
      else if (check.outcome === 'wrong-passphrase' && check.retryAfterSeconds > 0) setRefusal(t('signIn.wrongAndWait', { count: check.retryAfterSeconds }));
      else setRefusal(t('myPassphrase.wrongCurrent'));
      return;
    }
    if (await run(() => staff.setPassphrase(profile.id, next, profile.id))) {
      form.reset();
      setSaved(true);
    }
  });

  const problem = refusal ?? (failure ? t(failure) : null);
  return (
    <section aria-labelledby="my-passphrase-title" className="profiles profiles--narrow">
      <h1 id="my-passphrase-title">{t('myPassphrase.title')}</h1>
      <p className="profiles__intro">{t('myPassphrase.intro')}</p>
      <SuccessNotice message={saved ? t('myPassphrase.saved') : ''} />
      {problem ? (
        <p role="alert" className="error-summary">
          {problem}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate className="profile-form">
        <fieldset>
          <legend>{t('myPassphrase.title')}</legend>
          <Field label={t('myPassphrase.current')} error={errors.current?.message} required>
            <input type="password" autoComplete="current-password" {...form.register('current')} />
          </Field>
          <Field label={t('profiles.newPassphrase')} hint={t('profiles.passphraseHint')} error={errors.next?.passphrase?.message} required>
            <input type="password" autoComplete="new-password" {...form.register('next.passphrase')} />
          </Field>
          <Field label={t('profiles.confirmNewPassphrase')} error={errors.next?.confirmation?.message} required>
            <input type="password" autoComplete="new-password" {...form.register('next.confirmation')} />
          </Field>
          <FormActions submit={t('myPassphrase.save')} busy={form.formState.isSubmitting} />
        </fieldset>
      </form>
    </section>
  );
}
