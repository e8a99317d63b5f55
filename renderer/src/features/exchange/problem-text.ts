/** A CSV problem or duplicate candidate in plain words: "Row 7, date_of_birth: “1994-02-30” is not a date…". */
import { useTranslation } from 'react-i18next';
import type { CsvProblem } from '../../data/exchange/csv-parse';
import { knownKey } from '../../i18n/keys';
import type { DuplicateMatch } from '../../data/exchange/intake-preview';

export function useProblemText() {
  const { t } = useTranslation();

  const problem = (p: CsvProblem): string => {
    const message = t(knownKey(p.messageKey, 'csv.invalid'), p.params);
    if (p.rowNumber === null) return message;
    return p.column === null ? t('csv.row', { row: p.rowNumber, message }) : t('csv.rowColumn', { row: p.rowNumber, column: p.column, message });
  };

  const duplicate = (d: DuplicateMatch): string => {
    switch (d.kind) {
      case 'reference':
        return t('csv.duplicate.reference', { reference: d.reference });
      case 'existing':
        return t('csv.duplicate.existing', { reference: d.reference, name: d.fullName, reason: t(`csv.duplicate.reason.${d.reason}`) });
      case 'inFile':
        return t('csv.duplicate.inFile', { row: d.rowNumber, reason: t(`csv.duplicate.reason.${d.reason}`) });
    }
  };

  return { problem, duplicate };
}
