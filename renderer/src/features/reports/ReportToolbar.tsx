/** The actions above a report on screen; left out of the printed page. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PrintState } from './use-print-report';
import { SuccessNotice } from '../../components/Notices';

interface ReportToolbarProps {
  backTo: string;
  backLabel: string;
  printState: PrintState;
  onPrint: () => void;
  children?: ReactNode;
}

export function ReportToolbar({ backTo, backLabel, printState, onPrint, children }: ReportToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="report-toolbar">
      <p className="report-toolbar__back">
        <Link to={backTo}>{backLabel}</Link>
      </p>
      <div className="report-toolbar__actions">
        <button type="button" className="button button--primary" disabled={printState.phase === 'printing'} onClick={onPrint}>
          {t('reports.savePdf')}
        </button>
        {children}
      </div>
      <SuccessNotice message={printState.phase === 'saved' ? (printState.fileName ? t('reports.savedAs', { fileName: printState.fileName }) : t('reports.saved')) : ''} />
      {printState.phase === 'failed' ? (
        <p role="alert" className="form-failure">
          {t(printState.failure.key, printState.failure.params)}
        </p>
      ) : null}
    </div>
  );
}
