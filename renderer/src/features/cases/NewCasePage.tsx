/**
 * The New case form: the person, the case, who reported it. Saves nothing
 * until every field is valid. While the person is typed in, cases that may be
 * the same person are shown; the officer may link them as possible duplicates.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NewCaseInputSchema } from '../../../../shared/domain/new-case';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PhoneInput } from '../../components/PhoneInput';
import { Field } from '../../components/Field';
import { VocabularySelect } from '../../components/Select';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { DuplicateWarning } from '../case/DuplicateWarning';
import { PersonFields, usePersonCandidates } from '../case/PersonFields';
import { FormActions } from '../../components/FormActions';

type FormValues = z.input<typeof NewCaseInputSchema>;
type FormOutput = z.output<typeof NewCaseInputSchema>;

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

export function NewCasePage() {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile, workstation } = useSession();
  const navigate = useNavigate();
  const form = useForm<FormValues, unknown, FormOutput>({ resolver: zodResolver(NewCaseInputSchema), defaultValues: emptyForm });
  const { errors, submitCount } = form.formState;
  const { run, failure } = useSave(form.setError);
  const problemCount = countErrors(errors);
  const candidates = usePersonCandidates(form, 'person.');
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
          <PersonFields form={form} prefix="person." intake phoneHint={t('newCase.phoneHint')} />
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
