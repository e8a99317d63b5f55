/**
 * Every row of an intake file with what will become of it, its problems and
 * its possible duplicates; a page at a time, asked of where the rows are kept
 * (the preview's worker), so a 100,000-row file puts neither 100,000 table
 * rows on screen nor 100,000 rows in the page's memory. Rows that need a look
 * come first.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewRow } from '../../data/exchange/intake-preview';
import { isAlreadyHere, mayBeDuplicate, PREVIEW_SHOWS, type PreviewPage, type PreviewShow, type PreviewSummary } from '../../data/exchange/preview-rows';
import type { PreviewRowSource } from '../../data/exchange/preview-worker';
import { useFormatters } from '../../i18n/format';
import { useProblemText } from './problem-text';
import { BidiText } from '../../components/BidiText';

const PAGE_SIZE = 100;

interface PreviewRowsProps {
  /** The counts so far. */
  summary: PreviewSummary;
  rows: PreviewRowSource;
  excluded: ReadonlySet<number>;
  onExclude: (rowNumber: number, excluded: boolean) => void;
  disabled: boolean;
}

export function PreviewRows({ summary, rows, excluded, onExclude, disabled }: PreviewRowsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const selectId = useId();
  const [show, setShow] = useState<PreviewShow>(summary.counts.attention > 0 ? 'attention' : 'all');
  const [page, setPage] = useState(0);
  // The page shown stays until the next one arrives, so the table does not flicker while the file is checked.
  const [fetched, setFetched] = useState<PreviewPage | null>(null);
  // While the file is checked, the page is asked for again after each batch until it is full: a full page changes
  // little (a pair found later names one of its rows), and the finished preview asks for its pages afresh.
  const asOf = fetched !== null && fetched.rows.length === PAGE_SIZE ? 'full' : summary.checked;
  useEffect(() => {
    let current = true;
    rows.page({ show, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (answer) => {
        if (current) setFetched(answer);
      },
      // Refused only once the preview is closed or its worker has stopped: the page has moved on, and says why elsewhere.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [rows, asOf, show, page]);
  const total = fetched?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = fetched?.rows ?? [];

  return (
    <section className="preview-rows" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>{t('exchangeUi.import.rowsTitle')}</h3>
      <div className="field preview-rows__show">
        <label htmlFor={selectId}>{t('exchangeUi.import.show.label')}</label>
        <select
          id={selectId}
          value={show}
          onChange={(event) => {
            setShow(event.target.value as PreviewShow);
            setPage(0);
          }}
        >
          {PREVIEW_SHOWS.map((value) => (
            <option key={value} value={value}>
              {t(`exchangeUi.import.show.${value}`, { count: summary.counts[value] })}
            </option>
          ))}
        </select>
      </div>
      {fetched === null ? null : total === 0 ? (
        <p className="empty-state">{t('exchangeUi.import.noRowsShown')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="case-table preview-table">
              <caption className="visually-hidden">{t('exchangeUi.import.rowsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchangeUi.import.columns.row')}</th>
                  <th scope="col">{t('exchangeUi.import.columns.fullName')}</th>
                  <th scope="col">{t('exchangeUi.import.columns.nationality')}</th>
                  <th scope="col">{t('exchangeUi.import.columns.outcome')}</th>
                  <th scope="col">{t('exchangeUi.import.columns.details')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <PreviewRow key={row.rowNumber} row={row} excluded={excluded.has(row.rowNumber)} onExclude={onExclude} disabled={disabled} />
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('exchangeUi.import.pagination')}>
              <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
                {t('caseList.previousPage')}
              </button>
              <p>
                {t('exchangeUi.import.pageStatus', {
                  from: format.number(current * PAGE_SIZE + 1),
                  to: format.number(current * PAGE_SIZE + shown.length),
                  total: format.number(total),
                })}
              </p>
              <button type="button" className="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                {t('caseList.nextPage')}
              </button>
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}

function PreviewRow({ row, excluded, onExclude, disabled }: { row: ImportPreviewRow; excluded: boolean; onExclude: PreviewRowsProps['onExclude']; disabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useProblemText();
  // A row that could not be read into a case shows its cells as the file has them.
  const person = row.input?.newCase.person;
  const fullName = person?.fullName ?? row.cells?.full_name?.trim() ?? '';
  const nationality = person?.nationality ? format.country(person.nationality) : (row.cells?.nationality?.trim() ?? '');
  const outcome = row.errors.length > 0
    ? t('exchangeUi.import.outcome.error')
    : isAlreadyHere(row)
      ? t('exchangeUi.import.outcome.alreadyHere')
      : excluded
        ? t('exchangeUi.import.outcome.leftOut')
        : t('exchangeUi.import.outcome.import');

  return (
    <tr className={row.errors.length > 0 ? 'preview-row--error' : undefined}>
      <th scope="row" className="cell--number">
        {row.rowNumber}
      </th>
      <td className="cell--name">
        <bdi>{fullName}</bdi>
      </td>
      <td>
        <bdi>{nationality}</bdi>
      </td>
      <td>{outcome}</td>
      <td>
        {row.errors.length + row.warnings.length + row.duplicates.length > 0 ? (
          <ul className="preview-row__details">
            {row.errors.map((problem, i) => (
              <li key={`e${i}`} className="preview-row__error">
                <BidiText text={text.problem(problem)} />
              </li>
            ))}
            {row.warnings.map((warning, i) => (
              <li key={`w${i}`} className="preview-row__warning">
                <BidiText text={text.problem(warning)} />
              </li>
            ))}
            {row.duplicates.map((duplicate, i) => (
              <li key={`d${i}`}>
                <BidiText text={text.duplicate(duplicate)} />
              </li>
            ))}
          </ul>
        ) : null}
        {mayBeDuplicate(row) && !isAlreadyHere(row) ? (
          <label className="preview-row__include">
            <input type="checkbox" checked={!excluded} disabled={disabled} onChange={(event) => onExclude(row.rowNumber, !event.target.checked)} />
            {t('exchangeUi.import.includeRow', { row: row.rowNumber })}
          </label>
        ) : null}
      </td>
    </tr>
  );
}
