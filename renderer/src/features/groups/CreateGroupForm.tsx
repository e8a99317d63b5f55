/** Creates a group from its name and note. */
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

export function CreateGroupForm({ onCreated }: { onCreated: (group: Group) => void }) {
  const { t } = useTranslation();
  const { groups } = useRepositories();
  const { profile } = useSession();
  const form = useForm<GroupInput, unknown, GroupFields>({ resolver: zodResolver(GroupFieldsSchema), defaultValues: { name: '', note: '' } });
  const { run, failure } = useSave(form.setError);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    const group = await run(() => groups.create(input, profile.id));
    if (!group) return;
    form.reset();
    onCreated(group);
  });

  return (
    <form onSubmit={submit} noValidate className="group-form">
      <fieldset>
        <legend>{t('groups.createLegend')}</legend>
        <FailureAlert failure={failure} className="form-failure" />
        <Field label={t('groups.name')} error={errors.name?.message} required>
          <input type="text" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('groups.note')} error={errors.note?.message}>
          <textarea rows={3} {...form.register('note')} />
        </Field>
        <FormActions submit={t('groups.create')} busy={form.formState.isSubmitting} />
      </fieldset>
    </form>
  );
}
