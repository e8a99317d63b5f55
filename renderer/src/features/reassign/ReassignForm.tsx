/**
 * Gives one case or several to another profile, or to nobody, with the
 * reason that History keeps. The data layer changes all of them or none.
 */
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import { useStaffList } from '../../data/hooks';
import { useSave } from '../../data/use-save';
import './reassign.css';
import { FormActions } from '../../components/FormActions';
import { FailureAlert } from '../../components/Notices';

const UNASSIGNED = 'unassigned';

interface ReassignValues {
  assignee: string;
  reason: string;
}

interface ReassignFormProps {
  caseIds: readonly string[];
  /** The case's present officer (one case): not offered as the new one. */
  currentAssigneeId?: string | null;
  /** The legend: which cases are being reassigned. */
  legend: string;
  onCancel: () => void;
  onDone: (message: string) => void;
}

export function ReassignForm({ caseIds, currentAssigneeId, legend, onCancel, onDone }: ReassignFormProps) {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile } = useSession();
  // The data layer accepts any active profile; a profile already holding the case is no choice.
  const profiles = (useStaffList() ?? []).filter((s) => s.active && s.id !== currentAssigneeId);
  const form = useForm<ReassignValues>({ defaultValues: { assignee: '', reason: '' } });
  const { run, failure } = useSave(form.setError);
  const { errors, isSubmitting } = form.formState;
  const count = caseIds.length;

  useEffect(() => form.setFocus('assignee'), [form]);

  const submit = form.handleSubmit(async ({ assignee, reason }) => {
    const assigneeId = assignee === UNASSIGNED ? null : assignee;
    const saved = await run(async () => {
      await cases.reassign(caseIds, assigneeId, reason, profile.id);
      return true;
    });
    if (!saved) return;
    const name = profiles.find((p) => p.id === assigneeId)?.name;
    onDone(name ? t('reassign.doneTo', { count, name }) : t('reassign.doneUnassigned', { count }));
  });

  return (
    <form className="reassign-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        <FailureAlert failure={failure} />
        <Field label={t('reassign.assignee')} error={errors.assignee?.message} required>
          <select {...form.register('assignee', { required: 'validation.choose' })}>
            <option value="">{t('newCase.choose')}</option>
            {currentAssigneeId === null ? null : <option value={UNASSIGNED}>{t('reassign.unassigned')}</option>}
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {t('reassign.profileOption', { name: p.name, role: t(`taxonomy.staffRole.${p.role}`) })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('reassign.reason')} hint={t('reassign.reasonHint')} error={errors.reason?.message} required>
          <textarea rows={2} dir="auto" {...form.register('reason')} />
        </Field>
        <FormActions submit={t('reassign.submit')} busy={isSubmitting} cancel={t('reassign.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
