/** How urgent a follow-up is, in words as well as colour: "Overdue", "Due soon". */
import { useTranslation } from 'react-i18next';
import type { FollowUpUrgency } from '../../../../../shared/domain/follow-up-urgency';

export function UrgencyBadge({ urgency }: { urgency: FollowUpUrgency }) {
  const { t } = useTranslation();
  return <span className={`urgency-badge urgency-badge--${urgency}`}>{t(`caseRecords.urgency.${urgency}`)}</span>;
}
