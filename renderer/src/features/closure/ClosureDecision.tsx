/**
 * A supervisor's decision on a closure request: approve (the case closes with
 * the requested reason) or return it to the officer with a note saying what
 * is still needed. The buttons and the form are apart so that a table row can
 * hold the buttons while the form opens below the table.
 */
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ClosureRequest } from '../../../../shared/schemas/closure-request';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { FormActions } from '../../components/FormActions';
import { FailureAlert } from '../../components/Notices';

export type DecisionMode = 'approve' | 'return';

export function DecisionButtons({ reference, open, onChoose }: { reference: string; open: DecisionMode | null; onChoose: (mode: DecisionMode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="closure-decision__buttons">
      <button type="button" className="button button--primary" aria-label={t('closure.approveFor', { reference })} aria-expanded={open === 'approve'} onClick={() => onChoose('approve')}>
        {t('closure.approve')}
      </button>
      <button type="button" className="button" aria-label={t('closure.returnFor', { reference })} aria-expanded={open === 'return'} onClick={() => onChoose('return')}>
        {t('closure.return')}
      </button>
    </div>
  );
}

interface DecisionFormProps {
  mode: DecisionMode;
  request: ClosureRequest;
  reference: string;
  onCancel: () => void;
  /** Called with the message to announce once the decision is saved. */
  onDone: (message: string) => void;
}

export function DecisionForm({ mode, request, reference, onCancel, onDone }: DecisionFormProps) {
  const { t } = useTranslation();
  const { closure } = useRepositories();
  const { profile } = useSession();
  const form = useForm<{ note: string }>({ defaultValues: { note: '' } });
  const { run, failure } = useSave(form.setError);
  const { errors, isSubmitting } = form.formState;
  // The form opens on a button press (a different request, or the other decision): the keyboard goes straight to the note.
  useEffect(() => form.setFocus('note'), [form, mode, request.id]);

  const submit = form.handleSubmit(async (values) => {
    const saved = await run(async () => {
      // The version on screen: the list is live, so it is the request the supervisor decided on.
      if (mode === 'approve') await closure.approve(request.id, request.version, values.note, profile.id);
      else await closure.returnToOfficer(request.id, request.version, values.note, profile.id);
      return true;
    });
    if (saved) onDone(t(mode === 'approve' ? 'closure.approved' : 'closure.returned', { reference }));
  });

  const approving = mode === 'approve';
  return (
    <form className="closure-decision__form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t(approving ? 'closure.approveLegend' : 'closure.returnLegend', { reference })}</legend>
        <p className="field__hint">
          {approving ? t('closure.approveHint', { reason: t(`taxonomy.closureReason.${request.reason}`) }) : t('closure.returnHint')}
        </p>
        <FailureAlert failure={failure} />
        <Field label={t(approving ? 'closure.approveNote' : 'closure.returnNote')} error={errors.note?.message} required={!approving}>
          <textarea rows={2} dir="auto" {...form.register('note')} />
        </Field>
        <FormActions submit={t(approving ? 'closure.approveSubmit' : 'closure.returnSubmit')} busy={isSubmitting} cancel={t('closure.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
