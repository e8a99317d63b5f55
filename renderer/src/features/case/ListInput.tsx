/**
 * An editable list of values ("Other names and spellings", "Languages",
 * transit countries): one labelled control a row, with add and remove.
 */
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, type ControlAttributes } from '../../components/Field';
import { knownKey } from '../../i18n/keys';

interface ListInputProps {
  legend: string;
  hint?: string;
  value: string[];
  onChange: (value: string[]) => void;
  /** Label of the n-th row, counted from 1. */
  itemLabel: (n: number) => string;
  addLabel: string;
  /** Message keys: one per row, and one for the list as a whole (too many entries). */
  itemErrors?: readonly (string | undefined)[];
  listError?: string;
  /** The control of one row; a text box unless given. */
  renderControl?: (props: ControlAttributes & { value: string; onChange: (value: string) => void; autoFocus: boolean }) => ReactElement;
}

export function ListInput({ legend, hint, value, onChange, itemLabel, addLabel, itemErrors, listError, renderControl }: ListInputProps) {
  const { t } = useTranslation();
  // Stable row keys, so that removing a row does not hand its neighbour's state to another control.
  const nextKey = useRef(value.length);
  const [keys, setKeys] = useState(() => value.map((_, i) => i));
  const [focusKey, setFocusKey] = useState<number | null>(null);

  const add = () => {
    const key = nextKey.current++;
    setKeys([...keys, key]);
    setFocusKey(key);
    onChange([...value, '']);
  };
  const remove = (index: number) => {
    setKeys(keys.filter((_, i) => i !== index));
    setFocusKey(null);
    onChange(value.filter((_, i) => i !== index));
  };
  const change = (index: number, item: string) => onChange(value.map((v, i) => (i === index ? item : v)));

  return (
    <fieldset className="list-field">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {listError ? <p className="field__error">{t(knownKey(listError, 'validation.invalid'))}</p> : null}
      {value.map((item, index) => {
        const key = keys[index] ?? index;
        return (
          <div key={key} className="list-field__row">
            <Field label={itemLabel(index + 1)} error={itemErrors?.[index]}>
              {(control) =>
                renderControl ? (
                  renderControl({ ...control, value: item, onChange: (v) => change(index, v), autoFocus: key === focusKey })
                ) : (
                  <input
                    {...control}
                    type="text"
                    dir="auto"
                    autoComplete="off"
                    autoFocus={key === focusKey}
                    value={item}
                    onChange={(event) => change(index, event.target.value)}
                  />
                )
              }
            </Field>
            <button type="button" className="button button--quiet" onClick={() => remove(index)} aria-label={t('casePage.removeItem', { item: item || itemLabel(index + 1) })}>
              ×
            </button>
          </div>
        );
      })}
      <button type="button" className="button" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
