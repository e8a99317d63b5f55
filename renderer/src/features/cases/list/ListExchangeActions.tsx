/**
 * What can be taken out of the list as it is filtered now: its cases as a
 * CSV file, and the caseload report of the same filter. The application
 * menu's "Export list" arrives here as navigation state (see Shell.tsx).
 */
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import type { CaseFilter } from '../../../../../shared/domain/case-list';
import { ExportCsvButton } from '../../exchange/ExportCsvButton';
import { caseloadReportHref } from '../../reports/caseload-href';

/** Navigation state that asks the list to export itself at once. */
export interface ExportListRequest {
  exportList: number;
}

export function ListExchangeActions({ filter }: { filter: CaseFilter }) {
  const { t } = useTranslation();
  const { workstation } = useSession();
  const request = (useLocation().state as Partial<ExportListRequest> | null)?.exportList;
  const key = JSON.stringify(filter);
  // Keyed by the filter's content, not the object's identity (a new one each render).
  const selection = useMemo(() => ({ filter: JSON.parse(key) as CaseFilter, contactLostDays: workstation.contactLostDays }), [key, workstation.contactLostDays]);

  return (
    <div className="list-exchange-actions">
      <ExportCsvButton selection={selection} startSignal={request} />
      <Link className="button" to={caseloadReportHref(filter)}>
        {t('reports.caseload.open')}
      </Link>
    </div>
  );
}
