/**
 * The first sign-in after the upgrade to protection at rest: the records
 * still in the clear are sealed a batch at a time, with a progress bar.
 * Each batch commits whole; closing the window now loses nothing, and the
 * next sign-in carries on.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../data/context';
import type { SealProgress } from '../../data/vault/migration';
import { useFormatters } from '../../i18n/format';

/** `recoveryKeyWaits`: an officer's sign-in switched protection on; the recovery key goes to a supervisor later. */
export function SealingProgress({ recoveryKeyWaits }: { recoveryKeyWaits: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { sealer } = useRepositories();
  const [progress, setProgress] = useState<SealProgress>({ done: 0, total: 0 });
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // The screen goes once `pending` turns false: the live query above it watches the settings.
    sealer.sealAll({ onProgress: setProgress }).catch((error: unknown) => {
      console.error('Sealing failed:', error instanceof Error ? error.name : typeof error);
      setFailed(true);
    });
  }, [sealer]);
  return (
    <div className="sign-in-screen">
      <main id="main" className="sign-in sign-in--wide" aria-labelledby="sealing-title">
        <h1 id="sealing-title">{t('sealing.title')}</h1>
        <p>{t('sealing.intro')}</p>
        <progress aria-labelledby="sealing-title" max={Math.max(progress.total, 1)} value={progress.done} />
        <p role="status">{t('sealing.progress', { done: format.number(progress.done), total: format.number(progress.total) })}</p>
        {failed ? <p role="alert">{t('sealing.failed')}</p> : null}
        {recoveryKeyWaits ? <p className="sign-in__notice">{t('sealing.recoveryWaits')}</p> : null}
      </main>
    </div>
  );
}
