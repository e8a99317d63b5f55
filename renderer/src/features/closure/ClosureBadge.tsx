/** "Closure requested": the same badge in the case header, the case list and the dashboard. */
import { useTranslation } from 'react-i18next';
import './closure.css';

export function ClosureBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--closure">{t('closure.requested')}</span>;
}
