/** A select of one taxonomy vocabulary, labelled through the message catalogue. */
import { forwardRef, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { VOCABULARIES, type VocabularyName } from '../../../shared/taxonomy';
import { taxonomyKey } from '../i18n/keys';

interface VocabularySelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  vocabulary: VocabularyName;
  /** Label of an empty first option; without it a value must be chosen. */
  emptyLabel?: string;
}

export const VocabularySelect = forwardRef<HTMLSelectElement, VocabularySelectProps>(function VocabularySelect(
  { vocabulary, emptyLabel, ...selectProps },
  ref,
) {
  const { t } = useTranslation();
  return (
    <select ref={ref} {...selectProps}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {VOCABULARIES[vocabulary].terms.map((term) => (
        <option key={term.code} value={term.code}>
          {t(taxonomyKey(vocabulary, term.code))}
        </option>
      ))}
    </select>
  );
});
