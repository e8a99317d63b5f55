/** Announces how many problems a form has; each problem itself is shown next to its field. */
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../i18n/keys';

export function ErrorSummary({ count, messageKey }: { count: number; messageKey: MessageKey }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div role="alert" className="error-summary">
      {t(messageKey, { count })}
    </div>
  );
}
