/**
 * The case list's search field. What is typed is applied after a short pause
 * (a search per keystroke would redraw the list under the officer's fingers);
 * a change from outside, such as "Clear filters", replaces the text.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';

const DEBOUNCE_MS = 250;

export function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  const timer = useRef<number | undefined>(undefined);

  if (value !== applied) {
    setApplied(value);
    setText(value);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <Field label={t('caseFilters.search')} hint={t('caseFilters.searchHint')}>
      <input
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => onSearch(typed), DEBOUNCE_MS);
        }}
      />
    </Field>
  );
}
