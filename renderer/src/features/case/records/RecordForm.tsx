/**
 * The frame of a case-record form (contact, follow-up, step): its heading,
 * which takes focus when the form opens, why a save failed (with Reload for a
 * stale one), the fields, and Save/Cancel. Each form supplies only its fields.
 */
import { useEffect, useId, useRef, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions';
import { SaveFailure } from './SaveFailure';

interface RecordFormProps {
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The form's field errors: while any is shown, a save failure is not. */
  errors: object;
  /** The last save's failure (a message key) from useSave. */
  failure: string | null;
  onReload: () => void;
  submitting: boolean;
  saveLabel: string;
  onCancel: () => void;
  /** Shown inside a table row rather than above the table. */
  inline?: boolean;
  children: ReactNode;
}

export function RecordForm({ title, onSubmit, errors, failure, onReload, submitting, saveLabel, onCancel, inline, children }: RecordFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => titleRef.current?.focus(), []);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className={inline ? 'records-form records-form--inline' : 'records-form'}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1}>
        {title}
      </h3>
      <SaveFailure failure={failure && Object.keys(errors).length === 0 ? failure : null} onReload={onReload} />
      {children}
      <FormActions submit={saveLabel} busy={submitting} cancel={t('caseRecords.cancel')} onCancel={onCancel} />
    </form>
  );
}
