/**
 * Adds a follow-up or edits one: title, due date and assignee (active staff,
 * the signed-in officer by default). An edit is saved against the version the
 * officer opened; a stale save is refused and can be reloaded.
 */
import { useTranslation } from 'react-i18next';
import { FollowUpFieldsSchema, type FollowUp, type FollowUpFields } from '../../../../../shared/schemas/follow-up';
import { useSession } from '../../../app/session';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { useRepositories } from '../../../data/context';
import { useStaffList } from '../../../data/hooks';
import { schemaResolver } from './form-resolver';
import { RecordForm, useRecordSave, type RecordFormProps } from './RecordForm';

interface FollowUpFormValues {
  title: string;
  /** `YYYY-MM-DD`. */
  dueOn: string;
  /** A profile id, or '' for nobody. */
  assigneeId: string;
  done: boolean;
}

const resolver = schemaResolver<FollowUpFormValues, typeof FollowUpFieldsSchema>(FollowUpFieldsSchema, (values) => ({
  ...values,
  assigneeId: values.assigneeId || null,
}));

function valuesOf(followUp: FollowUp | undefined, defaultAssignee: string): FollowUpFormValues {
  if (!followUp) return { title: '', dueOn: '', assigneeId: defaultAssignee, done: false };
  return { title: followUp.title, dueOn: followUp.dueOn, assigneeId: followUp.assigneeId ?? '', done: followUp.done };
}

export function FollowUpForm({ caseId, record, title, onSaved, onCancel }: RecordFormProps<FollowUp, FollowUpFields>) {
  const { t } = useTranslation();
  const { followUps } = useRepositories();
  const { profile } = useSession();
  const staff = useStaffList();
  const { form, frame } = useRecordSave({
    record,
    resolver,
    valuesOf: (followUp) => valuesOf(followUp, profile.id),
    add: (fields) => followUps.add(caseId, fields, profile.id),
    update: (id, baseVersion, fields) => followUps.update(id, baseVersion, fields, profile.id),
    onSaved,
  });
  const { errors } = frame;
  // Inactive profiles cannot take new work, but one already assigned stays visible.
  const assignable = (staff ?? []).filter((s) => s.active || s.id === record?.assigneeId);

  return (
    <RecordForm {...frame} title={title} saveLabel={t('caseRecords.followUps.save')} onCancel={onCancel}>
      <div className="records-form__grid">
        <Field label={t('caseRecords.followUps.fields.title')} error={errors.title?.message} required>
          <input type="text" autoComplete="off" {...form.register('title')} />
        </Field>
        <DateField control={form.control} name="dueOn" label={t('caseRecords.followUps.fields.dueOn')} error={errors.dueOn?.message} className="records-input" required />
        {staff === undefined ? null : (
          // Rendered once the profiles are known, so the select can show the default assignee.
          <Field label={t('caseRecords.followUps.fields.assignee')} error={errors.assigneeId?.message}>
            <select {...form.register('assigneeId')}>
              <option value="">{t('caseRecords.followUps.unassigned')}</option>
              {assignable.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
    </RecordForm>
  );
}
