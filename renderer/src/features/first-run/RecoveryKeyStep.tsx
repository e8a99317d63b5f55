/**
 * The recovery key, shown a single time when the data key is made (first run,
 * or the first supervisor sign-in after the upgrade): to print and keep in
 * the post's safe. The person confirms before going on.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <div className="sign-in-screen">
      <main id="main" className="sign-in" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('recoveryKey.title')}</h1>
        <p>{t('recoveryKey.intro')}</p>
        <p role="note" className="sign-in__notice">
          {t('recoveryKey.warning')}
        </p>
        <figure>
          <figcaption>{t('recoveryKey.key')}</figcaption>
          <output aria-label={t('recoveryKey.key')} className="recovery-key" dir="ltr">
            {recoveryKey}
          </output>
        </figure>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('recoveryKey.print')}
          </button>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          {t('recoveryKey.confirm')}
        </label>
        <div className="form-actions">
          <button type="button" className="button button--primary" disabled={!confirmed} onClick={onDone}>
            {t('recoveryKey.done')}
          </button>
        </div>
      </main>
    </div>
  );
}
