/** An officer asks a supervisor to close the case, with the closure reason and a note. */
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/case';
import type { ClosureReasonCode } from '../../../../shared/taxonomy';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { VocabularySelect } from '../../components/Select';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { FormActions } from '../../components/FormActions';
import { FailureAlert } from '../../components/Notices';

interface RequestValues {
  reason: ClosureReasonCode | '';
  note: string;
}

export function RequestClosureForm({ caseRecord, onCancel, onDone }: { caseRecord: Case; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { closure } = useRepositories();
  const { profile } = useSession();
  const form = useForm<RequestValues>({ defaultValues: { reason: '', note: '' } });
  const { run, failure } = useSave(form.setError);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ reason, note }) => {
    // An empty reason goes to the data layer like any other value: its schema says what is wrong, at the field.
    const saved = await run(() => closure.request(caseRecord.id, { reason: reason as ClosureReasonCode, note }, profile.id));
    if (saved) onDone();
  });

  return (
    <form className="closure-request-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('closure.requestLegend')}</legend>
        <p className="field__hint">{t('closure.requestHint')}</p>
        <FailureAlert failure={failure} />
        <Field label={t('closure.reason')} error={errors.reason?.message} required>
          <VocabularySelect vocabulary="closureReason" emptyLabel={t('newCase.choose')} {...form.register('reason')} />
        </Field>
        <Field label={t('closure.note')} error={errors.note?.message}>
          <textarea rows={3} dir="auto" {...form.register('note')} />
        </Field>
        <FormActions submit={t('closure.submitRequest')} busy={isSubmitting} cancel={t('closure.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
