/** "Who is using this workstation?": the first profile and the reference prefix of this post. */
import { useState, type ChangeEvent } from 'react';
import { useForm, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { FirstRunWithPassphraseSchema, type FirstRunWithPassphrase } from '../../../../shared/domain/first-run';
import { LanguageSchema } from '../../../../shared/schemas/settings';
import { useAppLanguage } from '../../app/use-app-language';
import { CountryInput } from '../../components/CountryInput';
import { LanguageSelect } from '../../components/LanguageSelect';
import { DEFAULT_LOCALE } from '../../i18n';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { FirstRunRestore } from '../exchange/FirstRunRestore';

export function FirstRunPage({ onDone }: { onDone: (profileId: string) => void }) {
  const { t, i18n } = useTranslation();
  const { staff } = useRepositories();
  const form = useForm<FirstRunWithPassphrase>({
    resolver: zodResolver(FirstRunWithPassphraseSchema),
    defaultValues: {
      profile: { name: '' },
      workstation: { issuingCountry: '', postCode: '', locale: LanguageSchema.catch(DEFAULT_LOCALE).parse(i18n.language) },
      passphrase: { passphrase: '', confirmation: '' },
    },
  });
  const switchTo = useAppLanguage(undefined);
  const { errors, submitCount } = form.formState;
  const { run, failure } = useSave(form.setError);
  const [restoring, setRestoring] = useState(false);
  const problemCount = [
    errors.profile?.name,
    errors.passphrase?.passphrase,
    errors.passphrase?.confirmation,
    errors.workstation?.issuingCountry,
    errors.workstation?.postCode,
  ].filter(Boolean).length;

  const submit = form.handleSubmit(async (input) => {
    const profile = await run(() => staff.setUpWorkstation(input));
    if (profile) onDone(profile.id);
  });

  if (restoring) return <FirstRunRestore onBack={() => setRestoring(false)} />;
  return (
    <main id="main" className="first-run">
      <h1>{t('firstRun.title')}</h1>
      <div className="first-run__language">
        <Field label={t('firstRun.language')} hint={t('firstRun.languageHint')}>
          <LanguageSelect
            {...form.register('workstation.locale', { onChange: (event: ChangeEvent<HTMLSelectElement>) => switchTo(LanguageSchema.parse(event.target.value)) })}
          />
        </Field>
      </div>
      <p>{t('firstRun.intro')}</p>
      <p className="sign-in__notice">{t('firstRun.dataGone')}</p>
      {submitCount > 0 ? <ErrorSummary count={problemCount} messageKey="newCase.errorSummary" /> : null}
      {failure && problemCount === 0 ? <p role="alert">{t(failure)}</p> : null}
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('firstRun.profileLegend')}</legend>
          <Field label={t('firstRun.name')} error={errors.profile?.name?.message} required>
            <input type="text" autoComplete="name" {...form.register('profile.name')} />
          </Field>
          <p className="field__hint">{t('firstRun.supervisorNote')}</p>
          <Field label={t('firstRun.passphrase')} hint={t('firstRun.passphraseHint')} error={errors.passphrase?.passphrase?.message} required>
            <input type="password" autoComplete="new-password" {...form.register('passphrase.passphrase')} />
          </Field>
          <Field label={t('firstRun.confirmPassphrase')} error={errors.passphrase?.confirmation?.message} required>
            <input type="password" autoComplete="new-password" {...form.register('passphrase.confirmation')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('firstRun.workstationLegend')}</legend>
          <Field label={t('firstRun.issuingCountry')} hint={t('firstRun.issuingCountryHint')} error={errors.workstation?.issuingCountry?.message} required>
            {(control) => (
              <Controller
                control={form.control}
                name="workstation.issuingCountry"
                render={({ field }) => (
                  <CountryInput {...control} ref={field.ref} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
                )}
              />
            )}
          </Field>
          <Field label={t('firstRun.postCode')} hint={t('firstRun.postCodeHint')} error={errors.workstation?.postCode?.message} required>
            <input type="text" autoComplete="off" className="input--short" {...form.register('workstation.postCode')} />
          </Field>
        </fieldset>
        <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
          {t('firstRun.submit')}
        </button>
      </form>
      <p className="first-run__restore">
        {t('exchangeUi.restore.linkHint')}{' '}
        <button type="button" className="button" onClick={() => setRestoring(true)}>
          {t('exchangeUi.restore.link')}
        </button>
      </p>
    </main>
  );
}
