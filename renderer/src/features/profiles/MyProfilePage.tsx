/**
 * My profile: choices that belong to the person, not the workstation. The
 * language chosen here applies at once (the profile record changes, and the
 * app follows it) and at every sign-in, at any window of this workstation.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/schemas/settings';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { LanguageSelect } from '../../components/LanguageSelect';
import { FailureAlert, SuccessNotice } from '../../components/Notices';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { ServerAccountSummary } from '../sync/ServerAccountSummary';
import './profiles.css';

export function MyProfilePage() {
  const { t } = useTranslation();
  const { staff } = useRepositories();
  const { profile, workstation } = useSession();
  const form = useForm<{ language: Language }>({ defaultValues: { language: profile.language ?? workstation.locale } });
  const { run, failure } = useSave(form.setError);
  const [saved, setSaved] = useState(false);

  const submit = form.handleSubmit(async ({ language }) => {
    setSaved(false);
    if (await run(() => staff.setLanguage(profile.id, language, profile.id))) setSaved(true);
  });

  return (
    <section aria-labelledby="my-profile-title" className="profiles profiles--narrow">
      <h1 id="my-profile-title">{t('myProfile.title')}</h1>
      <p className="profiles__intro">{t('myProfile.intro')}</p>
      <SuccessNotice message={saved ? t('myProfile.saved') : ''} />
      <FailureAlert failure={failure} />
      <form onSubmit={submit} noValidate className="profile-form" onChange={() => setSaved(false)}>
        <fieldset>
          <legend>{t('myProfile.languageLegend')}</legend>
          <Field label={t('myProfile.language')} hint={t('myProfile.languageHint')} error={form.formState.errors.language?.message}>
            <LanguageSelect {...form.register('language')} />
          </Field>
          <FormActions submit={t('myProfile.save')} busy={form.formState.isSubmitting} />
        </fieldset>
      </form>
      <ServerAccountSummary />
    </section>
  );
}
