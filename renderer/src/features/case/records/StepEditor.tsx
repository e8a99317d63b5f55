/**
 * Edits one repatriation step: state, date, reference and note. Saved against
 * the case version the officer opened it at; a save refused as stale offers
 * to reload the step as it now stands.
 */
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../../shared/domain/partial-date';
import { StepSchema, type Case, type Step } from '../../../../../shared/schemas/case';
import { useSession } from '../../../app/session';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import { useRepositories } from '../../../data/context';
import { useSave } from '../../../data/use-save';
import { schemaResolver } from './form-resolver';
import { RecordForm } from './RecordForm';

interface StepFormValues {
  state: string;
  /** `YYYY-MM-DD`, or '' when not set. */
  date: string;
  reference: string;
  note: string;
}

function valuesOf(step: Step): StepFormValues {
  return { state: step.state, date: step.date ?? '', reference: step.reference, note: step.note };
}

interface StepEditorProps {
  caseId: string;
  /** The step as currently stored (live). */
  step: Step;
  /** Its number in the checklist, from 1. */
  number: number;
  /** The case version this edit started from. */
  baseVersion: number;
  onSaved: (saved: Case) => void;
  /** The officer chose to drop their edit and start again from the stored step. */
  onReload: () => void;
  onCancel: () => void;
}

export function StepEditor({ caseId, step, number, baseVersion, onSaved, onReload, onCancel }: StepEditorProps) {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile } = useSession();
  const form = useForm<StepFormValues, unknown, Step>({
    resolver: schemaResolver<StepFormValues, typeof StepSchema>(StepSchema, (values) => ({ ...values, step: step.step }) as never),
    defaultValues: valuesOf(step),
  });
  const { errors, isSubmitting } = form.formState;
  const { run, failure } = useSave(form.setError);
  const label = t(`taxonomy.repatriationStep.${step.step}`);

  const submit = form.handleSubmit(async (input) => {
    const saved = await run(() => cases.updateStep(caseId, baseVersion, input, profile.id));
    if (saved) onSaved(saved);
  });

  const stateField = form.register('state', {
    // Marking a step Done usually happens on the day it was done: offer today, still editable.
    onChange: (event: { target: { value: string } }) => {
      if (event.target.value === 'done' && !form.getValues('date')) form.setValue('date', localIsoDate(new Date()));
    },
  });

  return (
    <RecordForm
      title={t('caseRecords.steps.editTitle', { n: number, step: label })}
      onSubmit={submit}
      errors={errors}
      failure={failure}
      onReload={() => {
        form.reset(valuesOf(step));
        onReload();
      }}
      submitting={isSubmitting}
      saveLabel={t('caseRecords.steps.save')}
      onCancel={onCancel}
      inline
    >
      <div className="records-form__grid">
        <Field label={t('caseRecords.steps.fields.state')} error={errors.state?.message}>
          <VocabularySelect vocabulary="stepState" {...stateField} />
        </Field>
        <DateField control={form.control} name="date" label={t('caseRecords.steps.fields.date')} error={errors.date?.message} className="records-input" />
        <Field label={t('caseRecords.steps.fields.reference')} hint={t('caseRecords.steps.fields.referenceHint')} error={errors.reference?.message}>
          <input type="text" autoComplete="off" {...form.register('reference')} />
        </Field>
      </div>
      <Field label={t('caseRecords.steps.fields.note')} error={errors.note?.message}>
        <textarea rows={3} {...form.register('note')} />
      </Field>
    </RecordForm>
  );
}
