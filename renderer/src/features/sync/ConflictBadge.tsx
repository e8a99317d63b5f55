/** "Conflict": a case with changes from two workstations to review, in the case list and on the case. */
import { useTranslation } from 'react-i18next';
import './sync.css';

export function ConflictBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--conflict" title={t('sync.conflicts.badgeLabel')}>
      {t('sync.conflicts.badge')}
      <span className="visually-hidden">: {t('sync.conflicts.badgeLabel')}</span>
    </span>
  );
}
