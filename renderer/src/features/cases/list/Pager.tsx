/** Previous and next page of the case list, and which rows are shown. */
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';

interface PagerProps {
  offset: number;
  shown: number;
  /** Matching cases in all, when known. */
  total: number | null;
  hasMore: boolean;
  onPage: (direction: -1 | 1) => void;
}

export function Pager({ offset, shown, total, hasMore, onPage }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (offset === 0 && !hasMore) return null;
  const range = { from: format.number(offset + 1), to: format.number(offset + shown) };
  return (
    <nav className="pager" aria-label={t('caseList.pagination')}>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onPage(-1)}>
        {t('caseList.previousPage')}
      </button>
      <span>
        {total === null ? t('caseList.pageStatusUncounted', range) : t('caseList.pageStatus', { ...range, total: format.number(total) })}
      </span>
      <button type="button" className="button" disabled={!hasMore} onClick={() => onPage(1)}>
        {t('caseList.nextPage')}
      </button>
    </nav>
  );
}
