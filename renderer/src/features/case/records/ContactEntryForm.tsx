/**
 * Logs a contact attempt or edits one. An edit is saved against the version
 * the officer opened; if another window changed the entry meanwhile, the save
 * is refused and the officer can reload the latest version.
 */
import { useTranslation } from 'react-i18next';
import { ContactEntryFieldsSchema, type ContactEntry, type ContactEntryFields } from '../../../../../shared/schemas/contact';
import { useSession } from '../../../app/session';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import { useRepositories } from '../../../data/context';
import { schemaResolver } from './form-resolver';
import { fromLocalInput, toLocalInput } from './local-date-time';
import { RecordForm, useRecordSave, type RecordFormProps } from './RecordForm';

interface ContactFormValues {
  /** `YYYY-MM-DDTHH:mm`, the workstation’s wall-clock time (the date-time field reads what the post types into it). */
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

export function ContactEntryForm({ caseId, record, title, onSaved, onCancel }: RecordFormProps<ContactEntry, ContactEntryFields>) {
  const { t } = useTranslation();
  const { contactLog } = useRepositories();
  const { profile } = useSession();
  const { form, frame } = useRecordSave({
    record,
    resolver,
    valuesOf,
    add: (fields) => contactLog.add(caseId, fields, profile.id),
    update: (id, baseVersion, fields) => contactLog.update(id, baseVersion, fields, profile.id),
    onSaved,
  });
  const { errors } = frame;

  return (
    <RecordForm {...frame} title={title} saveLabel={t('caseRecords.contactLog.save')} onCancel={onCancel}>
      <div className="records-form__grid">
        <DateField
          control={form.control}
          name="at"
          kind="dateTime"
          label={t('caseRecords.contactLog.fields.at')}
          hint={t('caseRecords.contactLog.whenHint')}
          error={errors.at ? 'caseRecords.contactLog.whenInvalid' : undefined}
          className="records-input"
          required
        />
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
        <DateField control={form.control} name="followUpDue" label={t('caseRecords.contactLog.fields.followUpDue')} error={errors.followUpDue?.message} className="records-input" />
      </div>
      <Field label={t('caseRecords.contactLog.fields.summary')} error={errors.summary?.message}>
        <textarea rows={3} {...form.register('summary')} />
      </Field>
    </RecordForm>
  );
}
