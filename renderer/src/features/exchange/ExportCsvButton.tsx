/**
 * "Export CSV" for a case selection: the button, then a progress bar with
 * Cancel while the cases are read, then what became of the file.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSelection } from '../../data/exchange/csv-export';
import { useFormatters } from '../../i18n/format';
import { useCsvExport } from './use-csv-export';
import { BidiText } from '../../components/BidiText';
import './exchange.css';

interface ExportCsvButtonProps {
  selection: CaseSelection;
  /** Changes to a new value when the export is asked for from elsewhere (the application menu). */
  startSignal?: unknown;
}

export function ExportCsvButton({ selection, startSignal }: ExportCsvButtonProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { state, start, cancel } = useCsvExport();
  const handled = useRef<unknown>(undefined);

  useEffect(() => {
    if (startSignal === undefined || handled.current === startSignal) return;
    handled.current = startSignal;
    void start(selection);
  }, [startSignal, selection, start]);

  return (
    <div className="export-csv">
      {state.phase === 'running' ? (
        <div className="progress-line">
          <label>
            <span>
              {state.progress.total === null
                ? t('exchangeUi.export.progressOpen', { done: format.number(state.progress.done) })
                : t('exchangeUi.export.progress', { done: format.number(state.progress.done), total: format.number(state.progress.total) })}
            </span>
            <progress max={state.progress.total ?? undefined} value={state.progress.total === null ? undefined : state.progress.done} />
          </label>
          <button type="button" className="button" onClick={cancel}>
            {t('exchangeUi.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => void start(selection)}>
          {t('exchangeUi.export.button')}
        </button>
      )}
      <p role="status" className={state.phase === 'saved' || state.phase === 'cancelled' ? 'notice notice--success' : 'visually-hidden'}>
        {state.phase === 'saved'
          ? state.fileName
            ? <BidiText text={t('exchangeUi.export.saved', { count: state.count, n: format.number(state.count), fileName: state.fileName })} />
            : t('exchangeUi.export.savedNoName', { count: state.count, n: format.number(state.count) })
          : state.phase === 'cancelled'
            ? t('exchangeUi.export.cancelled')
            : ''}
      </p>
      {state.phase === 'failed' ? (
        <p role="alert" className="form-failure">
          {t(state.failure.key, state.failure.params)}
        </p>
      ) : null}
    </div>
  );
}
