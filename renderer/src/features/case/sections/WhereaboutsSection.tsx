/** Whereabouts: where the citizen is and in what situation. */
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import { CountryInput } from '../../../components/CountryInput';
import { Field } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import type { SectionInput } from '../../../../../shared/schemas/case-edits';
import { EditableSection } from '../EditableSection';
import { PrivacyNotice } from '../PrivacyNotice';
import { SectionFacts } from '../SectionFacts';
import { SectionForm, useSectionForm } from '../section-form';

type WhereaboutsValues = Omit<SectionInput<'whereabouts'>, 'country' | 'lastKnownOn'> & { country: string; lastKnownOn: string };

function toForm({ whereabouts }: Case): WhereaboutsValues {
  return { ...whereabouts, country: whereabouts.country ?? '', lastKnownOn: whereabouts.lastKnownOn ?? '' };
}

/** An empty country means "not known". */
function toInput(values: WhereaboutsValues): SectionInput<'whereabouts'> {
  return { ...values, country: values.country.trim() === '' ? null : values.country };
}

export function WhereaboutsSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  return (
    <EditableSection
      caseRecord={caseRecord}
      title={t('casePage.tabs.whereabouts')}
      notice={<PrivacyNotice caseRecord={caseRecord} />}
      view={<SectionFacts section="whereabouts" caseRecord={caseRecord} />}
      form={(snapshot, done) => <WhereaboutsForm snapshot={snapshot} done={done} />}
    />
  );
}

function WhereaboutsForm({ snapshot, done }: { snapshot: Case; done: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { form, submit, failure, stale, discard } = useSectionForm({ section: 'whereabouts', snapshot, toForm, toInput, done });
  const { errors, isSubmitting } = form.formState;

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={isSubmitting} discard={discard}>
      <Field label={t('fields.currentSituation')} error={errors.situation?.message}>
        <VocabularySelect vocabulary="currentSituation" {...form.register('situation')} />
      </Field>
      <Field label={t('fields.whereaboutsCountry')} hint={t('casePage.whereabouts.countryHint')} error={errors.country?.message}>
        {(control) => (
          <Controller
            control={form.control}
            name="country"
            render={({ field }) => (
              <CountryInput {...control} ref={field.ref} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          />
        )}
      </Field>
      <Field label={t('fields.place')} error={errors.place?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('place')} />
      </Field>
      <Field label={t('fields.militaryUnit')} error={errors.militaryUnit?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('militaryUnit')} />
      </Field>
      <Field label={t('fields.lastKnownOn')} error={errors.lastKnownOn?.message}>
        <input type="date" className="input--short" {...form.register('lastKnownOn')} />
      </Field>
    </SectionForm>
  );
}
