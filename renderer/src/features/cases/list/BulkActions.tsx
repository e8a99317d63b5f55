/**
 * What can be done with the selected cases at once: add them to a group (an
 * existing one or one created here) or, when the list shows one group, take
 * them out of it; supervisors also reassign them. Each change is
 * all-or-nothing in the data layer.
 */
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/keys';
import { permits } from '../../../../../shared/domain/permissions';
import type { Group } from '../../../../../shared/schemas/group';
import { useSession } from '../../../app/session';
import { Field } from '../../../components/Field';
import { useRepositories } from '../../../data/context';
import { DataError } from '../../../data/errors';
import { useSave } from '../../../data/use-save';
import { ReassignForm } from '../../reassign/ReassignForm';
import { FormActions } from '../../../components/FormActions';
import { FailureAlert } from '../../../components/Notices';

interface BulkActionsProps {
  selectedIds: readonly string[];
  groups: readonly Group[];
  /** The group the list is filtered by, if any. */
  filterGroup: Group | undefined;
  onDone: (message: string) => void;
  onClearSelection: () => void;
}

export function BulkActions({ selectedIds, groups, filterGroup, onDone, onClearSelection }: BulkActionsProps) {
  const { t } = useTranslation();
  const { groups: repository } = useRepositories();
  const { profile } = useSession();
  const [open, setOpen] = useState<'add' | 'reassign' | null>(null);
  const adding = open === 'add';
  const [removeFailure, setRemoveFailure] = useState<MessageKey | null>(null);
  const count = selectedIds.length;

  const remove = async () => {
    if (!filterGroup) return;
    setRemoveFailure(null);
    try {
      await repository.removeCases(filterGroup.id, selectedIds, profile.id);
      onDone(t('bulk.removed', { count, group: filterGroup.name }));
    } catch (error) {
      if (!(error instanceof DataError)) console.error('Removing cases from a group failed:', error instanceof Error ? error.name : typeof error);
      setRemoveFailure(error instanceof DataError ? error.messageKey : 'errors.unexpected');
    }
  };

  return (
    <div className="bulk-actions">
      <div className="bulk-actions__bar">
        <p className="bulk-actions__count">{t('bulk.selected', { count })}</p>
        <button type="button" className="button" aria-expanded={adding} onClick={() => setOpen(adding ? null : 'add')}>
          {t('bulk.addToGroup')}
        </button>
        {permits(profile, 'case.reassign') ? (
          <button type="button" className="button" aria-expanded={open === 'reassign'} onClick={() => setOpen(open === 'reassign' ? null : 'reassign')}>
            {t('reassign.button')}
          </button>
        ) : null}
        {filterGroup ? (
          <button type="button" className="button" onClick={() => void remove()}>
            <Trans i18nKey="bulk.removeFromGroup" values={{ group: filterGroup.name }} components={{ name: <bdi /> }} />
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onClearSelection}>
          {t('bulk.clearSelection')}
        </button>
      </div>
      <FailureAlert failure={removeFailure} className="form-failure" />
      {adding ? (
        <AddToGroupForm
          selectedIds={selectedIds}
          groups={groups}
          onCancel={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onDone(message);
          }}
        />
      ) : null}
      {open === 'reassign' ? (
        <ReassignForm
          caseIds={selectedIds}
          legend={t('reassign.legendMany', { count })}
          onCancel={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onDone(message);
          }}
        />
      ) : null}
    </div>
  );
}

const NEW_GROUP = 'new';

interface AddToGroupValues {
  target: string;
  name: string;
  note: string;
}

function AddToGroupForm({
  selectedIds,
  groups,
  onCancel,
  onDone,
}: {
  selectedIds: readonly string[];
  groups: readonly Group[];
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { groups: repository } = useRepositories();
  const { profile } = useSession();
  const form = useForm<AddToGroupValues>({ defaultValues: { target: groups[0]?.id ?? NEW_GROUP, name: '', note: '' } });
  const { run, failure } = useSave(form.setError);
  const { errors } = form.formState;
  const target = useWatch({ control: form.control, name: 'target' });
  // When the group was made but the cases could not be added, it is now among the existing groups to retry with.
  const [createdEmpty, setCreatedEmpty] = useState<string | null>(null);
  const count = selectedIds.length;

  const submit = form.handleSubmit(async ({ target: chosen, name, note }) => {
    // A new group is created first; the group data layer validates its name and note (errors land on the fields).
    const group = chosen === NEW_GROUP ? await run(() => repository.create({ name, note }, profile.id)) : groups.find((g) => g.id === chosen);
    if (!group) return;
    const added = await run(async () => {
      await repository.addCases(group.id, selectedIds, profile.id);
      return true;
    });
    if (added) onDone(t('bulk.added', { count, group: group.name }));
    else if (chosen === NEW_GROUP) setCreatedEmpty(group.name);
  });

  return (
    <form className="bulk-actions__form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('bulk.addTitle', { count })}</legend>
        {failure ? (
          <p role="alert" className="form-failure">
            {t(failure)} {createdEmpty ? <Trans i18nKey="bulk.groupCreatedEmpty" values={{ group: createdEmpty }} components={{ name: <bdi /> }} /> : null}
          </p>
        ) : null}
        <Field label={t('bulk.group')}>
          <select {...form.register('target')}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
            <option value={NEW_GROUP}>{t('bulk.newGroup')}</option>
          </select>
        </Field>
        {target === NEW_GROUP ? (
          <>
            <Field label={t('bulk.newGroupName')} error={errors.name?.message} required>
              <input type="text" autoComplete="off" {...form.register('name')} />
            </Field>
            <Field label={t('bulk.newGroupNote')} error={errors.note?.message}>
              <textarea rows={2} {...form.register('note')} />
            </Field>
          </>
        ) : null}
        <FormActions submit={t('bulk.add')} busy={form.formState.isSubmitting} cancel={t('bulk.cancel')} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
