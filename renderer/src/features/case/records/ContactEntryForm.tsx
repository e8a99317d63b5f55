/**
 * Logs a contact attempt or edits one. An edit is saved against the version
 * the officer opened; if another window changed the entry meanwhile, the save
 * is refused and the officer can reload the latest version.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ContactEntryFieldsSchema, type ContactEntry, type ContactEntryFields } from '../../../../../shared/schemas/contact';
import { useSession } from '../../../app/session';
import { Field } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import { useRepositories } from '../../../data/context';
import { useSave } from '../../../data/use-save';
import { schemaResolver } from './form-resolver';
import { fromLocalInput, toLocalInput } from './local-date-time';
import { RecordForm } from './RecordForm';

interface ContactFormValues {
  /** `datetime-local` value, the workstation's wall-clock time. */
  at: string;
  direction: string;
  channel: string;
  with: string;
  outcome: string;
  summary: string;
  /** `YYYY-MM-DD`, or '' for none. */
  followUpDue: string;
}

const resolver = schemaResolver<ContactFormValues, typeof ContactEntryFieldsSchema>(ContactEntryFieldsSchema, (values) => ({
  ...values,
  at: fromLocalInput(values.at),
}) as never);

function valuesOf(entry: ContactEntry | undefined): ContactFormValues {
  if (!entry) {
    return { at: toLocalInput(new Date()), direction: 'outgoing', channel: 'phone', with: 'citizen', outcome: '', summary: '', followUpDue: '' };
  }
  return {
    at: toLocalInput(entry.at),
    direction: entry.direction,
    channel: entry.channel,
    with: entry.with,
    outcome: entry.outcome,
    summary: entry.summary,
    followUpDue: entry.followUpDue ?? '',
  };
}

interface ContactEntryFormProps {
  caseId: string;
  /** The entry being edited, kept live by the caller; absent when logging a new contact. */
  entry?: ContactEntry;
  /** Heading of the form, e.g. "Edit contact on 12 Mar 2026, 10:00". */
  title: string;
  onSaved: (saved: ContactEntryFields, kind: 'added' | 'updated') => void;
  onCancel: () => void;
}

export function ContactEntryForm({ caseId, entry, title, onSaved, onCancel }: ContactEntryFormProps) {
  const { t } = useTranslation();
  const { contactLog } = useRepositories();
  const { profile } = useSession();
  const [baseVersion, setBaseVersion] = useState(entry?.version);
  const form = useForm<ContactFormValues, unknown, ContactEntryFields>({ resolver, defaultValues: valuesOf(entry) });
  const { errors, isSubmitting } = form.formState;
  const { run, failure } = useSave(form.setError);

  const submit = form.handleSubmit(async (fields) => {
    const saved =
      entry && baseVersion !== undefined
        ? await run(() => contactLog.update(entry.id, baseVersion, fields, profile.id))
        : await run(() => contactLog.add(caseId, fields, profile.id));
    if (saved) onSaved(fields, entry ? 'updated' : 'added');
  });

  const reload = () => {
    setBaseVersion(entry?.version);
    form.reset(valuesOf(entry));
  };

  return (
    <RecordForm
      title={title}
      onSubmit={submit}
      errors={errors}
      failure={failure}
      onReload={reload}
      submitting={isSubmitting}
      saveLabel={t('caseRecords.contactLog.save')}
      onCancel={onCancel}
    >
      <div className="records-form__grid">
        <Field
          label={t('caseRecords.contactLog.fields.at')}
          hint={t('caseRecords.contactLog.whenHint')}
          error={errors.at ? 'caseRecords.contactLog.whenInvalid' : undefined}
          required
        >
          <input type="datetime-local" className="records-input" {...form.register('at')} />
        </Field>
        <Field label={t('caseRecords.contactLog.fields.direction')} error={errors.direction?.message}>
          <VocabularySelect vocabulary="contactDirection" {...form.register('direction')} />
        </Field>
        <Field label={t('caseRecords.contactLog.fields.channel')} error={errors.channel?.message}>
          <VocabularySelect vocabulary="contactChannel" {...form.register('channel')} />
        </Field>
        <Field label={t('caseRecords.contactLog.fields.with')} error={errors.with?.message}>
          <VocabularySelect vocabulary="contactWith" {...form.register('with')} />
        </Field>
        <Field label={t('caseRecords.contactLog.fields.outcome')} error={errors.outcome?.message} required>
          <VocabularySelect vocabulary="contactOutcome" emptyLabel={t('newCase.choose')} {...form.register('outcome')} />
        </Field>
        <Field label={t('caseRecords.contactLog.fields.followUpDue')} error={errors.followUpDue?.message}>
          <input type="date" className="records-input" {...form.register('followUpDue')} />
        </Field>
      </div>
      <Field label={t('caseRecords.contactLog.fields.summary')} error={errors.summary?.message}>
        <textarea rows={3} {...form.register('summary')} />
      </Field>
    </RecordForm>
  );
}
