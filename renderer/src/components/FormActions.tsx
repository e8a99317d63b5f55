/**
 * The buttons that end a form: the submit button, disabled while the submit
 * runs so a double click cannot save twice, and Cancel where the form can be left.
 */
interface FormActionsProps {
  /** Words of the submit button. */
  submit: string;
  busy: boolean;
  /** Words of the cancel button; with `onCancel`, the button is shown. */
  cancel?: string;
  onCancel?: () => void;
  className?: string;
}

export function FormActions({ submit, busy, cancel, onCancel, className = 'form-actions' }: FormActionsProps) {
  return (
    <div className={className}>
      <button type="submit" className="button button--primary" disabled={busy}>
        {submit}
      </button>
      {cancel && onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {cancel}
        </button>
      ) : null}
    </div>
  );
}
