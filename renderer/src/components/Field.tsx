/**
 * A labelled form control with its hint and error. The error is tied to the
 * control by aria-describedby and announced; the control is marked invalid.
 */
import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { knownKey } from '../i18n/keys';

interface FieldProps {
  label: string;
  hint?: string;
  /** A message-catalogue key from a schema, e.g. `validation.country`. */
  error?: string;
  /** Values for the error message's placeholders besides the field's name. */
  errorValues?: Record<string, string>;
  required?: boolean;
  /** The control, or a function that renders it with the attributes that tie it to the label. */
  children: ReactElement<Record<string, unknown>> | ((control: ControlAttributes) => ReactElement);
}

export interface ControlAttributes {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

/**
 * The text of a validation key. "Enter this field." names the field when its
 * label is known, so the message still says which field when read on its own
 * (a screen reader's description, a list of problems).
 */
export function useErrorText(): (key: string | undefined, field?: string, values?: Record<string, string>) => string | undefined {
  const { t } = useTranslation();
  return (key, field, values) => {
    if (key === undefined) return undefined;
    const known = knownKey(key, 'validation.invalid');
    return known === 'validation.required' && field ? t('validation.requiredField', { field }) : t(known, { field, ...values });
  };
}

export function Field({ label, hint, error, errorValues, required, children }: FieldProps) {
  const id = useId();
  const errorText = useErrorText()(error, label, errorValues);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorText ? `${id}-error` : undefined;
  const control: ControlAttributes = {
    id,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': errorText ? true : undefined,
    'aria-required': required ? true : undefined,
  };
  return (
    <div className={errorText ? 'field field--invalid' : 'field'}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={errorId} className="field__error">
          {errorText}
        </p>
      ) : null}
      {typeof children === 'function' ? children(control) : cloneElement(children, { ...control })}
    </div>
  );
}
