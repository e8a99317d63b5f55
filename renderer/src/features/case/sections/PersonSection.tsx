/** Person: who the citizen is. Editing it also checks whether the person already has another case. */
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import { useSession } from '../../../app/session';
import { CountryInput } from '../../../components/CountryInput';
import { Field } from '../../../components/Field';
import { PhoneInput } from '../../../components/PhoneInput';
import { VocabularySelect } from '../../../components/Select';
import { useRepositories } from '../../../data/context';
import type { SectionInput } from '../../../data/repositories/cases';
import { DuplicateWarning } from '../DuplicateWarning';
import { EditableSection } from '../EditableSection';
import { useDuplicateCandidates } from '../hooks';
import { ListInput } from '../ListInput';
import { SectionFacts } from '../SectionFacts';
import { SectionForm, useSectionForm } from '../section-form';

type PersonValues = Omit<SectionInput<'person'>, 'otherNames' | 'languages' | 'dateOfBirth' | 'phone'> & {
  otherNames: string[];
  languages: string[];
  dateOfBirth: string;
  phone: string;
};

function toForm(caseRecord: Case): PersonValues {
  const { person } = caseRecord;
  return { ...person, otherNames: [...person.otherNames], languages: [...person.languages], dateOfBirth: person.dateOfBirth ?? '' };
}

function toInput(values: PersonValues): SectionInput<'person'> {
  return values;
}

export function PersonSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  return (
    <EditableSection
      caseRecord={caseRecord}
      title={t('casePage.tabs.person')}
      view={<SectionFacts section="person" caseRecord={caseRecord} whenEmpty={{ 'person.dateOfBirth': 'casePage.person.dateUnknown' }} />}
      form={(snapshot, done) => <PersonForm snapshot={snapshot} done={done} />}
    />
  );
}

function PersonForm({ snapshot, done }: { snapshot: Case; done: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile, workstation } = useSession();
  const [marked, setMarked] = useState<string[]>([]);
  const { form, submit, failure, stale, discard } = useSectionForm({
    section: 'person',
    snapshot,
    toForm,
    toInput,
    done,
    afterSave: async (saved) => {
      // Only candidates still shown count: a tick on a case that no longer matches is not the officer's current choice.
      for (const otherId of marked.filter((id) => candidates.some((c) => c.case.id === id))) {
        await cases.markPossibleDuplicate(saved.id, otherId, profile.id);
      }
    },
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const [fullName, otherNames, nationality, dateOfBirth, passportNumber] = useWatch({
    control: form.control,
    name: ['fullName', 'otherNames', 'nationality', 'dateOfBirth', 'passportNumber'],
  });
  const candidates = useDuplicateCandidates({ fullName, otherNames, nationality, dateOfBirth, passportNumber }, snapshot.id);

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={isSubmitting} discard={discard}>
      <Field label={t('fields.fullName')} error={errors.fullName?.message} required>
        <input type="text" dir="auto" autoComplete="off" {...form.register('fullName')} />
      </Field>
      <Controller
        control={form.control}
        name="otherNames"
        render={({ field }) => (
          <ListInput
            legend={t('fields.otherNames')}
            value={field.value}
            onChange={field.onChange}
            itemLabel={(n) => t('casePage.person.otherNameN', { n })}
            addLabel={t('casePage.person.addOtherName')}
            itemErrors={Array.from({ length: field.value.length }, (_, i) => errors.otherNames?.[i]?.message)}
            listError={errors.otherNames?.message}
          />
        )}
      />
      <Field label={t('fields.dateOfBirth')} hint={t('casePage.person.dateOfBirthHint')} error={errors.dateOfBirth?.message}>
        <input type="text" inputMode="numeric" autoComplete="off" className="input--short" {...form.register('dateOfBirth')} />
      </Field>
      <Field label={t('fields.sex')} error={errors.sex?.message}>
        <VocabularySelect vocabulary="sex" {...form.register('sex')} />
      </Field>
      <Field label={t('fields.nationality')} hint={t('casePage.person.nationalityHint')} error={errors.nationality?.message} required>
        {(control) => (
          <Controller
            control={form.control}
            name="nationality"
            render={({ field }) => (
              <CountryInput {...control} ref={field.ref} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          />
        )}
      </Field>
      <Field label={t('fields.passportNumber')} error={errors.passportNumber?.message}>
        <input type="text" autoComplete="off" className="input--medium" {...form.register('passportNumber')} />
      </Field>
      <Field label={t('fields.nationalIdNumber')} error={errors.nationalIdNumber?.message}>
        <input type="text" autoComplete="off" className="input--medium" {...form.register('nationalIdNumber')} />
      </Field>
      <Field label={t('fields.homeTown')} error={errors.homeTown?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('homeTown')} />
      </Field>
      <Controller
        control={form.control}
        name="languages"
        render={({ field }) => (
          <ListInput
            legend={t('fields.languages')}
            value={field.value}
            onChange={field.onChange}
            itemLabel={(n) => t('casePage.person.languageN', { n })}
            addLabel={t('casePage.person.addLanguage')}
            itemErrors={Array.from({ length: field.value.length }, (_, i) => errors.languages?.[i]?.message)}
            listError={errors.languages?.message}
          />
        )}
      />
      <Field label={t('fields.phone')} hint={t('casePage.person.phoneHint')} error={errors.phone?.message}>
        <PhoneInput
          className="input--medium"
          defaultCountry={nationality || workstation.issuingCountry}
          onNormalised={(e164) => form.setValue('phone', e164, { shouldValidate: submitCount > 0 })}
          {...form.register('phone')}
        />
      </Field>
      <Field label={t('fields.messengerHandle')} hint={t('fields.messengerHandleHint')} error={errors.messengerHandle?.message}>
        <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register('messengerHandle')} />
      </Field>
      <DuplicateWarning candidates={candidates} linked={snapshot.possibleDuplicateOf} marked={marked} onMarkedChange={setMarked} />
    </SectionForm>
  );
}
