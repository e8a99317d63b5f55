/**
 * A telephone number input. When the person leaves the field, a number typed
 * in national form ("082 555 1234") is rewritten in international form using
 * the most likely country, so the stored value is always E.164.
 */
import { forwardRef, type InputHTMLAttributes } from 'react';
import { normalisePhone } from '../../../shared/schemas/primitives';

interface PhoneInputProps extends InputHTMLAttributes<HTMLInputElement> {
  /** ISO alpha-2 country assumed for numbers typed without a country code. */
  defaultCountry: string | undefined;
  onNormalised: (e164: string) => void;
}

export const PhoneInput = forwardRef<HTMLInputElement, PhoneInputProps>(function PhoneInput(
  { defaultCountry, onNormalised, onBlur, ...inputProps },
  ref,
) {
  return (
    <input
      {...inputProps}
      ref={ref}
      type="tel"
      autoComplete="off"
      onBlur={(event) => {
        const e164 = normalisePhone(event.target.value, defaultCountry);
        if (e164 && e164 !== event.target.value) onNormalised(e164);
        onBlur?.(event);
      }}
    />
  );
});
