/**
 * Type-to-search country picker over the ISO 3166 list: a text input with a
 * datalist of localised names. The form value is the alpha-2 code when the
 * text names a country, and the typed text otherwise (which the schema refuses).
 */
import { forwardRef, useId, useMemo, useState, type InputHTMLAttributes } from 'react';
import { COUNTRY_CODES } from '../../../shared/countries';
import { useFormatters } from '../i18n/format';

interface CountryInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string | null;
  onChange: (value: string) => void;
}

export const CountryInput = forwardRef<HTMLInputElement, CountryInputProps>(function CountryInput(
  { value, onChange, ...inputProps },
  ref,
) {
  const listId = useId();
  const format = useFormatters();
  const options = useMemo(
    () => COUNTRY_CODES.map((code) => ({ code, name: format.country(code) })).sort((a, b) => a.name.localeCompare(b.name)),
    [format],
  );
  const byName = useMemo(() => new Map(options.map((o) => [o.name.toLocaleLowerCase(), o.code])), [options]);
  const [text, setText] = useState(() => (value && COUNTRY_CODES.includes(value) ? format.country(value) : (value ?? '')));

  const resolve = (typed: string): string => {
    const key = typed.trim().toLocaleLowerCase();
    const upper = typed.trim().toUpperCase();
    return byName.get(key) ?? (COUNTRY_CODES.includes(upper) && typed.trim().length === 2 ? upper : typed.trim());
  };

  return (
    <>
      <input
        {...inputProps}
        ref={ref}
        type="text"
        list={listId}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(resolve(event.target.value));
        }}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.code} value={o.name} />
        ))}
      </datalist>
    </>
  );
});
