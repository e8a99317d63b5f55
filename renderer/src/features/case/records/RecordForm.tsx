/**
 * The frame of a case-record form (contact, follow-up, step): its heading,
 * which takes focus when the form opens, why a save failed (with Reload for a
 * stale one), the fields, and Save/Cancel. Each form supplies only its fields.
 */
import { useEffect, useId, useRef, useState, type FormEventHandler, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions';
import { useSave } from '../../../data/use-save';
import { SaveFailure } from './SaveFailure';
import type { MessageKey } from '../../../i18n/keys';
import { BidiText } from '../../../components/BidiText';

interface RecordFormFrameProps {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The form's field errors: while any is shown, a save failure is not. */
  errors: object;
  /** The last save's failure (a message key) from useSave. */
  failure: MessageKey | null;
  onReload: () => void;
  submitting: boolean;
  saveLabel: string;
  onCancel: () => void;
  /** Shown inside a table row rather than above the table. */
  inline?: boolean;
  children: ReactNode;
}

export function RecordForm({ title, onSubmit, errors, failure, onReload, submitting, saveLabel, onCancel, inline, children }: RecordFormFrameProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => titleRef.current?.focus(), []);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className={inline ? 'records-form records-form--inline' : 'records-form'}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1}>
        <BidiText text={title} />
      </h3>
      <SaveFailure failure={failure && Object.keys(errors).length === 0 ? failure : null} onReload={onReload} />
      {children}
      <FormActions submit={saveLabel} busy={submitting} cancel={t('caseRecords.cancel')} onCancel={onCancel} />
    </form>
  );
}

/** What a contact or follow-up form is given: the record to edit (absent when adding one) and where it goes next. */
export interface RecordFormProps<R, F> {
  caseId: string;
  /** The record being edited, kept live by the caller; absent when adding one. */
  record?: R;
  /** Heading of the form, e.g. "Edit contact on 12 Mar 2026, 10:00". */
  title: string;
  onSaved: (saved: F, kind: 'added' | 'updated') => void;
  onCancel: () => void;
}

interface RecordSaveOptions<R, V extends FieldValues, F> {
  record: R | undefined;
  resolver: Resolver<V, unknown, F>;
  valuesOf: (record: R | undefined) => V;
  add: (fields: F) => Promise<unknown>;
  update: (id: string, baseVersion: number, fields: F) => Promise<unknown>;
  onSaved: (saved: F, kind: 'added' | 'updated') => void;
}

/**
 * The form of a record that is added, or edited against the version the
 * officer opened; Reload after a stale save starts again from the record as
 * it now stands. Returns the form and the props of its RecordForm frame.
 */
export function useRecordSave<R extends { id: string; version: number }, V extends FieldValues, F>(options: RecordSaveOptions<R, V, F>) {
  const { record, resolver, valuesOf, add, update, onSaved } = options;
  const [baseVersion, setBaseVersion] = useState(record?.version);
  const form = useForm<V, unknown, F>({ resolver, defaultValues: valuesOf(record) as DefaultValues<V> });
  const { errors, isSubmitting } = form.formState;
  const { run, failure } = useSave(form.setError);

  const onSubmit = form.handleSubmit(async (fields) => {
    const saved = record && baseVersion !== undefined ? await run(() => update(record.id, baseVersion, fields)) : await run(() => add(fields));
    if (saved) onSaved(fields, record ? 'updated' : 'added');
  });
  const onReload = () => {
    setBaseVersion(record?.version);
    form.reset(valuesOf(record));
  };

  return { form, frame: { onSubmit, errors, failure, onReload, submitting: isSubmitting } };
}
