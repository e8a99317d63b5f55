/** Whereabouts: where the citizen is and in what situation. */
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import { CountryInput } from '../../../components/CountryInput';
import { Field } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import type { SectionInput } from '../../../data/repositories/cases';
import { useFormatters } from '../../../i18n/format';
import { EditableSection } from '../EditableSection';
import { Facts } from '../Facts';
import { PrivacyNotice } from '../PrivacyNotice';
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
  const format = useFormatters();
  const { whereabouts } = caseRecord;
  return (
    <EditableSection
      caseRecord={caseRecord}
      title={t('casePage.tabs.whereabouts')}
      notice={<PrivacyNotice caseRecord={caseRecord} />}
      view={
        <Facts
          facts={[
            { term: t('fields.currentSituation'), value: t(`taxonomy.currentSituation.${whereabouts.situation}`) },
            { term: t('casePage.whereabouts.country'), value: whereabouts.country ? format.country(whereabouts.country) : null },
            { term: t('casePage.whereabouts.place'), value: whereabouts.place ? <bdi>{whereabouts.place}</bdi> : null },
            { term: t('casePage.whereabouts.militaryUnit'), value: whereabouts.militaryUnit ? <bdi>{whereabouts.militaryUnit}</bdi> : null },
            { term: t('casePage.whereabouts.lastKnownOn'), value: whereabouts.lastKnownOn ? format.date(whereabouts.lastKnownOn) : null },
          ]}
        />
      }
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
      <Field label={t('casePage.whereabouts.country')} hint={t('casePage.whereabouts.countryHint')} error={errors.country?.message}>
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
      <Field label={t('casePage.whereabouts.place')} error={errors.place?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('place')} />
      </Field>
      <Field label={t('casePage.whereabouts.militaryUnit')} error={errors.militaryUnit?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('militaryUnit')} />
      </Field>
      <Field label={t('casePage.whereabouts.lastKnownOn')} error={errors.lastKnownOn?.message}>
        <input type="date" className="input--short" {...form.register('lastKnownOn')} />
      </Field>
    </SectionForm>
  );
}
