/**
 * Why a save did not happen, as an alert. A stale write (another window saved
 * first) also offers to reload the latest version, so the officer sees the
 * other edit before making theirs again.
 */
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/keys';

interface SaveFailureProps {
  /** A message-catalogue key from useSave, or null when the last save did not fail. */
  failure: MessageKey | null;
  onReload: () => void;
}

export function SaveFailure({ failure, onReload }: SaveFailureProps) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <div role="alert" className="records-alert">
      <p>{t(failure)}</p>
      {failure === 'errors.staleWrite' ? (
        <button type="button" className="button" onClick={onReload}>
          {t('caseRecords.reload')}
        </button>
      ) : null}
    </div>
  );
}
