/** The case page's "Access log" tab (supervisors): who opened this case, and when. */
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/case';
import { NotPermitted } from '../profiles/NotPermitted';
import { AccessLogTable } from './AccessLogTable';
import { useCaseAccessLog } from './hooks';

export function CaseAccessLog({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const view = useCaseAccessLog(caseRecord.id);
  if (view === undefined) return <p role="status">{t('app.loading')}</p>;
  if (view.denied) return <NotPermitted />;
  return (
    <section className="access-log" aria-labelledby="case-access-log-title">
      <h2 id="case-access-log-title">{t('accessLog.title')}</h2>
      <p className="access-log__intro">{t('accessLog.caseIntro')}</p>
      <AccessLogTable caption={t('accessLog.caseCaption')} records={view.records} />
    </section>
  );
}
