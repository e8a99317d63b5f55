/**
 * Restoring a backup on a workstation not yet set up (a new computer after
 * a loss): reached from the first-run page. Once restored, the app finds
 * the backup's profiles and asks to sign in.
 */
import { useTranslation } from 'react-i18next';
import { RestoreBackup } from './RestoreBackup';
import './exchange.css';

export function FirstRunRestore({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="first-run exchange-page">
      <h1>{t('exchangeUi.restore.title')}</h1>
      <p>{t('exchangeUi.restore.firstRunIntro')}</p>
      <RestoreBackup restorer={{ fromBackup: true }} onRestored={() => undefined} />
      <p className="first-run__back">
        <button type="button" className="button button--quiet" onClick={onBack}>
          {t('exchangeUi.restore.backToSetUp')}
        </button>
      </p>
    </main>
  );
}
