/**
 * The workstation's settings (supervisors): when a case counts as "Contact
 * lost" and when an unused window locks. The issuing country and post code
 * are shown, not edited: they start every reference already issued.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { permits } from '../../../../shared/domain/permissions';
import { formatReference } from '../../../../shared/domain/reference';
import { formatRegion, WorkstationSettingsSchema, type WorkstationSettings } from '../../../../shared/schemas/settings';
import { CountryInput } from '../../components/CountryInput';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { useFormatters } from '../../i18n/format';
import { NotPermitted } from '../profiles/NotPermitted';
import './settings.css';
import { FormActions } from '../../components/FormActions';
import { FailureAlert, SuccessNotice } from '../../components/Notices';

type SettingsInput = z.input<typeof WorkstationSettingsSchema>;

export function SettingsPage() {
  const { profile } = useSession();
  if (!permits(profile, 'settings.change')) return <NotPermitted />;
  return <SettingsForm />;
}

function SettingsForm() {
  const { t } = useTranslation();
  const { settings } = useRepositories();
  const { profile, workstation } = useSession();
  const format = useFormatters();
  const form = useForm<SettingsInput, unknown, WorkstationSettings>({
    resolver: zodResolver(WorkstationSettingsSchema),
    // Settings from before the post's country existed show the country that stood in for it.
    defaultValues: { ...workstation, region: formatRegion(workstation) },
  });
  const { run, failure } = useSave(form.setError);
  const [saved, setSaved] = useState(false);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    setSaved(false);
    const result = await run(() => settings.changeWorkstation(input, profile.id));
    if (!result) return;
    form.reset(result);
    setSaved(true);
  });

  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">{t('workstationSettings.title')}</h1>
      <p className="settings__intro">{t('workstationSettings.intro')}</p>
      <SuccessNotice message={saved ? t('workstationSettings.saved') : ''} />
      <FailureAlert failure={failure} />
      <form onSubmit={submit} noValidate className="settings__form" onChange={() => setSaved(false)}>
        <fieldset>
          <legend>{t('workstationSettings.casesLegend')}</legend>
          <Field label={t('workstationSettings.contactLostDays')} hint={t('workstationSettings.contactLostDaysHint')} error={errors.contactLostDays?.message} required>
            <input type="number" inputMode="numeric" min={1} max={365} step={1} className="settings__number" {...form.register('contactLostDays', { valueAsNumber: true })} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('workstationSettings.lockingLegend')}</legend>
          <Field label={t('workstationSettings.idleLockMinutes')} hint={t('workstationSettings.idleLockMinutesHint')} error={errors.idleLockMinutes?.message} required>
            <input type="number" inputMode="numeric" min={1} max={240} step={1} className="settings__number" {...form.register('idleLockMinutes', { valueAsNumber: true })} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('workstationSettings.formatsLegend')}</legend>
          <Field label={t('workstationSettings.language')} hint={t('workstationSettings.languageHint')} error={errors.locale?.message} required>
            <LanguageSelect {...form.register('locale')} />
          </Field>
          <Field label={t('workstationSettings.region')} hint={t('workstationSettings.regionHint')} error={errors.region?.message} required>
            {(control) => (
              <Controller
                control={form.control}
                name="region"
                render={({ field }) => (
                  <CountryInput {...control} ref={field.ref} name={field.name} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} />
                )}
              />
            )}
          </Field>
          <Field label={t('workstationSettings.clock')} error={errors.clock?.message} required>
            <select {...form.register('clock')}>
              <option value="24h">{t('workstationSettings.clock24')}</option>
              <option value="12h">{t('workstationSettings.clock12')}</option>
            </select>
          </Field>
        </fieldset>
        <FormActions submit={t('workstationSettings.save')} busy={form.formState.isSubmitting} />
      </form>
      <section aria-labelledby="settings-sync" className="settings__references">
        <h2 id="settings-sync">{t('sync.title')}</h2>
        <p>
          {t('sync.setup.fromSettings')} <Link to="/sync">{t('sync.nav')}</Link>
        </p>
      </section>
      <section aria-labelledby="settings-references" className="settings__references">
        <h2 id="settings-references">{t('workstationSettings.referencesTitle')}</h2>
        <p>{t('workstationSettings.referencesNote')}</p>
        <dl className="settings__facts">
          <div>
            <dt>{t('workstationSettings.issuingCountry')}</dt>
            <dd>{format.country(workstation.issuingCountry)}</dd>
          </div>
          <div>
            <dt>{t('workstationSettings.postCode')}</dt>
            <dd>{workstation.postCode}</dd>
          </div>
          <div>
            <dt>{t('workstationSettings.referenceExample')}</dt>
            <dd className="settings__reference">
              {formatReference({ country: workstation.issuingCountry, postCode: workstation.postCode, year: new Date().getFullYear(), sequence: 1 })}
            </dd>
          </div>
        </dl>
      </section>
    </section>
  );
}
