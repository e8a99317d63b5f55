/**
 * CSV intake import (DESIGN.md §4): choose a file, see every row with its
 * problems and possible duplicates, then import the valid rows in one
 * transaction, with progress and Cancel until it commits. Nothing is
 * written before the commit, nor when it is cancelled or fails.
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useBridge } from '../../bridge/host';
import { ExchangeCancelledError } from '../../data/exchange/errors';
import type { PreviewSummary } from '../../data/exchange/preview-rows';
import type { ImportPreview, PreviewRowSource } from '../../data/exchange/preview-worker';
import type { ImportProgress } from '../../data/repositories/case-import';
import { useFormatters } from '../../i18n/format';
import { useExchange } from './context';
import { failureOf, type Failure } from './failure';
import { PreviewRows } from './PreviewRows';
import { useProblemText } from './problem-text';
import { SuccessNotice } from '../../components/Notices';
import { ImportAssignee } from './ImportAssignee';
import { BidiText } from '../../components/BidiText';
import './exchange.css';

type Stage =
  | { step: 'choose' }
  /** The preview runs in a worker: the rows checked so far are shown as they come, with progress and Cancel. */
  | { step: 'reading'; fileName: string; sofar: { summary: PreviewSummary; rows: PreviewRowSource } | null }
  | { step: 'preview'; fileName: string; preview: ImportPreview }
  | { step: 'importing'; fileName: string; preview: ImportPreview; progress: ImportProgress | null; cancelling?: true }
  | { step: 'done'; fileName: string; count: number };

export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const bridge = useBridge();
  const { intakeImport } = useExchange();
  const { profile } = useSession();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [outcome, setOutcome] = useState<{ cancelled: true } | { failure: Failure } | null>(null);
  const controller = useRef<AbortController | null>(null);
  /** The preview shown, whose worker keeps its rows until it is let go: another file chosen, the import done, the page left. */
  const opened = useRef<ImportPreview | null>(null);
  const [assignTo, setAssignTo] = useState(profile.id);
  /** Where a cancel or a failure is told: above the preview while reading a file, beside the Import button once it is shown (where the officer pressed Cancel, at the foot of a long preview). */
  const outcomeShown = useRef<HTMLDivElement | null>(null);

  // The Cancel button pressed is gone with its progress bar: focus goes to what came of it, not to the top of the page.
  useEffect(() => {
    if (outcome !== null) outcomeShown.current?.focus();
  }, [outcome]);

  const letGo = () => {
    opened.current?.close();
    opened.current = null;
  };

  useEffect(
    () => () => {
      controller.current?.abort();
      opened.current?.close();
    },
    [],
  );

  const choose = async () => {
    setOutcome(null);
    try {
      const file = await bridge.openFile({ filters: [{ name: t('exchangeUi.csvFilter'), extensions: ['csv'] }] });
      if (!file) return;
      letGo();
      const abort = new AbortController();
      controller.current = abort;
      setStage({ step: 'reading', fileName: file.name, sofar: null });
      setExcluded(new Set());
      const preview = await intakeImport.preview(file.bytes, {
        signal: abort.signal,
        onProgress: (summary, rows) => setStage({ step: 'reading', fileName: file.name, sofar: { summary, rows } }),
      });
      opened.current = preview;
      setStage({ step: 'preview', fileName: file.name, preview });
    } catch (error) {
      setStage({ step: 'choose' });
      setOutcome(error instanceof ExchangeCancelledError ? { cancelled: true } : { failure: failureOf(error, 'Import preview') });
    } finally {
      controller.current = null;
    }
  };

  const commit = async (fileName: string, preview: ImportPreview) => {
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(null);
    setStage({ step: 'importing', fileName, preview, progress: null });
    try {
      const result = await intakeImport.commit(preview, profile.id, {
        signal: abort.signal,
        exclude: excluded,
        assignTo,
        onProgress: (progress) => setStage((current) => (current.step === 'importing' && current.cancelling ? current : { step: 'importing', fileName, preview, progress })),
      });
      letGo();
      setStage({ step: 'done', fileName, count: result.imported.length });
    } catch (error) {
      setStage({ step: 'preview', fileName, preview });
      setOutcome(error instanceof ExchangeCancelledError ? { cancelled: true } : { failure: failureOf(error, 'Import') });
    } finally {
      controller.current = null;
    }
  };
  // Undoing a large write takes IndexedDB a few seconds; the import says so until it is done.
  const cancel = () => {
    controller.current?.abort();
    setStage((current) => (current.step === 'importing' ? { ...current, cancelling: true } : current));
  };

  return (
    <section className="exchange-page import-page" aria-labelledby="import-title">
      <h1 id="import-title">{t('exchangeUi.import.title')}</h1>
      <p className="exchange-page__intro">{t('exchangeUi.import.intro')}</p>

      {stage.step === 'preview' || stage.step === 'importing' ? null : <Outcome outcome={outcome} focusRef={outcomeShown} />}

      {stage.step === 'choose' ? (
        <button type="button" className="button button--primary" onClick={() => void choose()}>
          {t('exchangeUi.import.choose')}
        </button>
      ) : null}

      {stage.step === 'reading' ? (
        <div className="import-reading">
          <div className="progress-line">
            <label>
              <span role="status">
                {stage.sofar === null
                  ? <BidiText text={t('exchangeUi.import.reading', { fileName: stage.fileName })} />
                  : t('exchangeUi.import.checked', { done: format.number(stage.sofar.summary.checked), total: format.number(stage.sofar.summary.rowCount) })}
              </span>
              <progress max={stage.sofar?.summary.rowCount ?? undefined} value={stage.sofar?.summary.checked ?? undefined} />
            </label>
            <button type="button" className="button" onClick={() => controller.current?.abort()}>
              {t('exchangeUi.cancel')}
            </button>
          </div>
          {stage.sofar !== null && stage.sofar.summary.checked > 0 ? (
            <PreviewRows summary={stage.sofar.summary} rows={stage.sofar.rows} excluded={excluded} onExclude={() => undefined} disabled />
          ) : null}
        </div>
      ) : null}

      {stage.step === 'preview' || stage.step === 'importing' ? (
        <Preview
          fileName={stage.fileName}
          preview={stage.preview}
          excluded={excluded}
          onExclude={(rowNumber, out) =>
            setExcluded((current) => {
              const next = new Set(current);
              if (out) next.add(rowNumber);
              else next.delete(rowNumber);
              return next;
            })
          }
          importing={stage.step === 'importing' ? { progress: stage.progress, cancelling: stage.cancelling === true, cancel } : null}
          outcome={<Outcome outcome={outcome} focusRef={outcomeShown} />}
          onCommit={() => void commit(stage.fileName, stage.preview)}
          onChooseAnother={() => void choose()}
          assignee={<ImportAssignee value={assignTo} onChange={setAssignTo} disabled={stage.step === 'importing'} />}
        />
      ) : null}

      {stage.step === 'done' ? (
        <div className="import-done">
          <p role="status" className="notice notice--success">
            {t('exchangeUi.import.imported', { count: stage.count, n: format.number(stage.count) })}
          </p>
          <p className="import-done__links">
            <Link to="/">{t('exchangeUi.import.showInList')}</Link>
            <button type="button" className="button" onClick={() => void choose()}>
              {t('exchangeUi.import.another')}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** What the last step came to: a failure, announced at once, or a cancel, announced politely; focus is put here when it is told. */
function Outcome({ outcome, focusRef }: { outcome: { cancelled: true } | { failure: Failure } | null; focusRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  return (
    <div ref={focusRef} tabIndex={-1} className="import-outcome">
      {outcome && 'failure' in outcome ? (
        <p role="alert" className="form-failure">
          {t(outcome.failure.key, outcome.failure.params)}
        </p>
      ) : null}
      <SuccessNotice message={outcome && 'cancelled' in outcome ? t('csv.cancelled') : ''} />
    </div>
  );
}

interface PreviewProps {
  fileName: string;
  preview: ImportPreview;
  excluded: ReadonlySet<number>;
  onExclude: (rowNumber: number, excluded: boolean) => void;
  importing: { progress: ImportProgress | null; cancelling: boolean; cancel: () => void } | null;
  /** How the last import attempt ended, shown above the buttons. */
  outcome: ReactNode;
  onCommit: () => void;
  onChooseAnother: () => void;
  /** Who takes the cases, chosen next to the Import button. */
  assignee: ReactNode;
}

function Preview({ fileName, preview, excluded, onExclude, importing, outcome, onCommit, onChooseAnother, assignee }: PreviewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useProblemText();
  // Only an importable row has the box that leaves it out.
  const toImport = preview.counts.importable - excluded.size;

  return (
    <div className="import-preview">
      <h2>
        <BidiText text={t('exchangeUi.import.previewTitle', { fileName })} />
      </h2>

      {preview.fileErrors.length > 0 ? (
        <div role="alert" className="form-failure">
          <p>{t('exchangeUi.import.fileRefused')}</p>
          <ul>
            {preview.fileErrors.map((problem, i) => (
              <li key={i}>
                <BidiText text={text.problem(problem)} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <dl className="import-summary">
          <div>
            <dt>{t('exchangeUi.import.summary.rows')}</dt>
            <dd>{format.number(preview.rowCount)}</dd>
          </div>
          <div>
            <dt>{t('exchangeUi.import.summary.valid')}</dt>
            <dd>{format.number(preview.counts.importable)}</dd>
          </div>
          <div>
            <dt>{t('exchangeUi.import.summary.errors')}</dt>
            <dd>{format.number(preview.counts.errors)}</dd>
          </div>
          <div>
            <dt>{t('exchangeUi.import.summary.duplicates')}</dt>
            <dd>{format.number(preview.counts.duplicates)}</dd>
          </div>
          <div>
            <dt>{t('exchangeUi.import.summary.alreadyPresent')}</dt>
            <dd>{format.number(preview.counts.alreadyPresent)}</dd>
          </div>
        </dl>
      )}

      {preview.unknownHeaders.length > 0 ? (
        <p className="import-warning"><BidiText text={t('csv.unknownHeaders', { columns: preview.unknownHeaders.join(', ') })} /></p>
      ) : null}

      {preview.rowCount > 0 ? <PreviewRows summary={preview} rows={preview} excluded={excluded} onExclude={onExclude} disabled={importing !== null} /> : null}

      {outcome}

      {importing ? (
        <div className="progress-line">
          <label>
            <span>
              {importing.cancelling
                ? t('exchangeUi.import.cancelling')
                : importing.progress === null
                ? t('exchangeUi.import.starting')
                : t(`exchangeUi.import.progress.${importing.progress.phase}`, {
                    done: format.number(importing.progress.done),
                    total: format.number(importing.progress.total),
                  })}
            </span>
            {/* While cancelling, a bar with no value: the count written so far is being undone, not advancing. */}
            {importing.cancelling ? <progress /> : <progress max={importing.progress?.total ?? undefined} value={importing.progress?.done ?? undefined} />}
          </label>
          <button type="button" className="button" onClick={importing.cancel} disabled={importing.cancelling}>
            {t('exchangeUi.cancel')}
          </button>
        </div>
      ) : (
        <div className="form-actions import-actions">
          {preview.fileErrors.length === 0 ? assignee : null}
          {preview.fileErrors.length === 0 ? (
            <button type="button" className="button button--primary" disabled={toImport === 0} onClick={onCommit}>
              {t('exchangeUi.import.commit', { count: toImport, n: format.number(toImport) })}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onChooseAnother}>
            {t('exchangeUi.import.chooseAnother')}
          </button>
        </div>
      )}
    </div>
  );
}
