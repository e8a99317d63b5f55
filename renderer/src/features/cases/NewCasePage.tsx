/**
 * The New case form: the person, the case, who reported it. Saves nothing
 * until every field is valid. While the person is typed in, cases that may be
 * the same person are shown; the officer may link them as possible duplicates.
 */
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NewCaseInputSchema } from '../../../../shared/domain/new-case';
import { useSession } from '../../app/session';
import { CountryInput } from '../../components/CountryInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PhoneInput } from '../../components/PhoneInput';
import { Field } from '../../components/Field';
import { VocabularySelect } from '../../components/Select';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { DuplicateWarning } from '../case/DuplicateWarning';
import { useDuplicateCandidates } from '../case/hooks';
import { FormActions } from '../../components/FormActions';

type FormInput = z.input<typeof NewCaseInputSchema>;
type FormOutput = z.output<typeof NewCaseInputSchema>;

/** The form keeps other names as objects because useFieldArray needs a key per row. */
interface FormValues extends Omit<FormInput, 'person'> {
  person: Omit<FormInput['person'], 'otherNames'> & { otherNames: { value: string }[] };
}

const emptyForm: FormValues = {
  person: {
    fullName: '',
    otherNames: [],
    dateOfBirth: '',
    sex: 'unknown',
    nationality: '',
    passportNumber: '',
    nationalIdNumber: '',
    homeTown: '',
    languages: [],
    phone: '',
    messengerHandle: '',
  },
  priority: 'normal',
  situation: 'unknown',
  reportedBy: { name: '', relationship: '', phone: '', email: '', reportedOn: '', consentToShare: false },
  notes: '',
};

/** Validates the form's shape with the shared schema after flattening the other-name rows. */
const resolver = (values: FormValues, context: unknown, options: Parameters<ReturnType<typeof zodResolver>>[2]) =>
  zodResolver(NewCaseInputSchema)(
    { ...values, person: { ...values.person, otherNames: values.person.otherNames.map((n) => n.value) } },
    context,
    options as never,
  );

export function NewCasePage() {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile, workstation } = useSession();
  const navigate = useNavigate();
  const form = useForm<FormValues, unknown, FormOutput>({ resolver: resolver as never, defaultValues: emptyForm });
  const otherNames = useFieldArray({ control: form.control, name: 'person.otherNames' });
  const { errors, submitCount } = form.formState;
  const { run, failure } = useSave(form.setError);
  const problemCount = countErrors(errors);
  const [fullName, otherNameRows, nationality, dateOfBirth, passportNumber] = useWatch({
    control: form.control,
    name: ['person.fullName', 'person.otherNames', 'person.nationality', 'person.dateOfBirth', 'person.passportNumber'],
  });
  const candidates = useDuplicateCandidates({
    fullName,
    otherNames: otherNameRows.map((row) => row.value),
    nationality,
    dateOfBirth: dateOfBirth ?? null,
    passportNumber,
  });
  const [markedDuplicates, setMarkedDuplicates] = useState<string[]>([]);

  const submit = form.handleSubmit(async (input) => {
    const created = await run(async () => {
      const record = await cases.create(input, profile.id);
      // Only candidates still shown count: a tick on a case that no longer matches is not the officer's current choice.
      for (const otherId of markedDuplicates.filter((id) => candidates.some((c) => c.case.id === id))) {
        await cases.markPossibleDuplicate(record.id, otherId, profile.id);
      }
      return record;
    });
    if (created) navigate('/', { state: { savedReference: created.reference } });
  });

  return (
    <section aria-labelledby="new-case-title">
      <h1 id="new-case-title">{t('newCase.title')}</h1>
      {submitCount > 0 ? <ErrorSummary count={problemCount} messageKey="newCase.errorSummary" /> : null}
      {failure && problemCount === 0 ? <p role="alert">{t(failure)}</p> : null}
      <form onSubmit={submit} noValidate className="case-form">
        <fieldset>
          <legend>{t('newCase.personLegend')}</legend>
          <Field label={t('fields.fullName')} error={errors.person?.fullName?.message} required>
            <input type="text" autoComplete="off" {...form.register('person.fullName')} />
          </Field>
          <fieldset className="list-field">
            <legend>{t('fields.otherNames')}</legend>
            {otherNames.fields.map((row, index) => (
              <div key={row.id} className="list-field__row">
                <Field label={t('newCase.otherNameN', { n: index + 1 })} error={errors.person?.otherNames?.[index]?.message}>
                  <input type="text" autoComplete="off" {...form.register(`person.otherNames.${index}.value`)} />
                </Field>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => otherNames.remove(index)}
                  aria-label={t('newCase.removeOtherName', { name: form.getValues(`person.otherNames.${index}.value`) || t('newCase.otherNameN', { n: index + 1 }) })}
                >
                  ×
                </button>
              </div>
            ))}
            <button type="button" className="button" onClick={() => otherNames.append({ value: '' })}>
              {t('newCase.addOtherName')}
            </button>
          </fieldset>
          <Field label={t('fields.dateOfBirth')} hint={t('newCase.dateOfBirthHint')} error={errors.person?.dateOfBirth?.message}>
            <input type="text" inputMode="numeric" autoComplete="off" className="input--short" {...form.register('person.dateOfBirth')} />
          </Field>
          <Field label={t('fields.sex')} error={errors.person?.sex?.message}>
            <VocabularySelect vocabulary="sex" {...form.register('person.sex')} />
          </Field>
          <Field label={t('fields.nationality')} hint={t('newCase.nationalityHint')} error={errors.person?.nationality?.message} required>
            {(control) => (
              <Controller
                control={form.control}
                name="person.nationality"
                render={({ field }) => (
                  <CountryInput {...control} ref={field.ref} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
                )}
              />
            )}
          </Field>
          <Field label={t('fields.passportNumber')} error={errors.person?.passportNumber?.message}>
            <input type="text" autoComplete="off" className="input--medium" {...form.register('person.passportNumber')} />
          </Field>
          <Field label={t('fields.phone')} hint={t('newCase.phoneHint')} error={errors.person?.phone?.message}>
            <PhoneInput
              className="input--medium"
              defaultCountry={nationality || workstation.issuingCountry}
              onNormalised={(e164) => form.setValue('person.phone', e164, { shouldValidate: submitCount > 0 })}
              {...form.register('person.phone')}
            />
          </Field>
          <Field label={t('fields.messengerHandle')} hint={t('fields.messengerHandleHint')} error={errors.person?.messengerHandle?.message}>
            <input type="text" autoComplete="off" className="input--medium" {...form.register('person.messengerHandle')} />
          </Field>
        </fieldset>
        <DuplicateWarning candidates={candidates} marked={markedDuplicates} onMarkedChange={setMarkedDuplicates} />
        <fieldset>
          <legend>{t('newCase.caseLegend')}</legend>
          <Field label={t('fields.priority')} error={errors.priority?.message}>
            <VocabularySelect vocabulary="priority" {...form.register('priority')} />
          </Field>
          <Field label={t('fields.currentSituation')} error={errors.situation?.message}>
            <VocabularySelect vocabulary="currentSituation" {...form.register('situation')} />
          </Field>
          <Field label={t('newCase.notes')} error={errors.notes?.message}>
            <textarea rows={4} {...form.register('notes')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('newCase.reportedByLegend')}</legend>
          <Field label={t('fields.reportedByName')} error={errors.reportedBy?.name?.message}>
            <input type="text" autoComplete="off" {...form.register('reportedBy.name')} />
          </Field>
          <Field label={t('fields.relationship')} error={errors.reportedBy?.relationship?.message}>
            <input type="text" autoComplete="off" className="input--medium" {...form.register('reportedBy.relationship')} />
          </Field>
          <Field label={t('fields.reportedByPhone')} hint={t('newCase.phoneHint')} error={errors.reportedBy?.phone?.message}>
            <PhoneInput
              className="input--medium"
              defaultCountry={workstation.issuingCountry}
              onNormalised={(e164) => form.setValue('reportedBy.phone', e164, { shouldValidate: submitCount > 0 })}
              {...form.register('reportedBy.phone')}
            />
          </Field>
          <Field label={t('fields.email')} error={errors.reportedBy?.email?.message}>
            <input type="email" autoComplete="off" {...form.register('reportedBy.email')} />
          </Field>
          <Field label={t('fields.reportedOn')} error={errors.reportedBy?.reportedOn?.message}>
            <input type="date" className="input--short" {...form.register('reportedBy.reportedOn')} />
          </Field>
          <div className="checkbox-field">
            <input id="consent-to-share" type="checkbox" aria-describedby="consent-to-share-hint" {...form.register('reportedBy.consentToShare')} />
            <label htmlFor="consent-to-share">{t('fields.consentToShare')}</label>
            <p id="consent-to-share-hint" className="field__hint">
              {t('fields.consentToShareHint')}
            </p>
          </div>
        </fieldset>
        <FormActions submit={t('newCase.save')} busy={form.formState.isSubmitting} cancel={t('newCase.cancel')} onCancel={() => navigate('/')} />
      </form>
    </section>
  );
}

/** Counts the leaves of react-hook-form's nested error object: one per field with a problem. */
function countErrors(errors: object): number {
  let count = 0;
  for (const value of Object.values(errors)) {
    if (value && typeof value === 'object') {
      count += 'message' in value && typeof value.message === 'string' ? 1 : countErrors(value);
    }
  }
  return count;
}
