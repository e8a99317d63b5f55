/**
 * Edits a group's name and note. The edit is based on the version shown when
 * it began: if another window saved the group meanwhile, it is refused.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GroupFieldsSchema, type Group, type GroupFields } from '../../../../shared/schemas/group';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { FormActions } from '../../components/FormActions';
import { FailureAlert } from '../../components/Notices';

type GroupInput = z.input<typeof GroupFieldsSchema>;

export function GroupDetailsForm({ group, onSaved, onCancel }: { group: Group; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { groups } = useRepositories();
  const { profile } = useSession();
  const form = useForm<GroupInput, unknown, GroupFields>({
    resolver: zodResolver(GroupFieldsSchema),
    defaultValues: { name: group.name, note: group.note },
  });
  const { run, failure } = useSave(form.setError);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    if (await run(() => groups.update(group.id, group.version, input, profile.id))) onSaved();
  });

  return (
    <form onSubmit={submit} noValidate className="group-form">
      <fieldset>
        <legend>{t('groups.edit')}</legend>
        <FailureAlert failure={failure === 'errors.staleWrite' ? 'groups.staleWrite' : failure} className="form-failure" />
        <Field label={t('groups.name')} error={errors.name?.message} required>
          <input type="text" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('groups.note')} error={errors.note?.message}>
          <textarea rows={4} {...form.register('note')} />
        </Field>
        <FormActions submit={t('groups.save')} busy={form.formState.isSubmitting} cancel={t('groups.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
