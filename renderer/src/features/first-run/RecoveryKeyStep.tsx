/**
 * The recovery key, shown a single time to a supervisor (at first run, or at
 * the first sign-in of a supervisor who holds the key after an officer's
 * sign-in switched protection on): to print and keep in the post's safe. It
 * is made here and stored (wrapped) only once the supervisor confirms they
 * wrote it down, so a window closed before that leaves no key nobody has.
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas/staff';
import { useRepositories } from '../../data/context';
import { newRecoveryKey } from '../../data/vault/data-key';
import { KeyExistsError } from '../../data/vault/keyring';

type StepState = 'showing' | 'saving' | 'superseded' | 'failed';

export function RecoveryKeyStep({ profile, onDone }: { profile: Staff; onDone: () => void }) {
  const { t } = useTranslation();
  const { keyring } = useRepositories();
  const [recoveryKey] = useState(newRecoveryKey);
  const [confirmed, setConfirmed] = useState(false);
  const [state, setState] = useState<StepState>('showing');

  const confirm = async () => {
    setState('saving');
    try {
      await keyring.issueRecoveryKey(recoveryKey, profile.id);
      onDone();
    } catch (error) {
      if (error instanceof KeyExistsError) return setState('superseded');
      console.error('Recovery key not stored:', error instanceof Error ? error.name : typeof error);
      setState('failed');
    }
  };

  return (
    <div className="sign-in-screen">
      <main id="main" className="sign-in sign-in--wide" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('recoveryKey.title')}</h1>
        {state === 'superseded' ? (
          <>
            <p role="alert" className="error-summary">
              {t('recoveryKey.alreadyIssued')}
            </p>
            <div className="form-actions">
              <button type="button" className="button button--primary" onClick={onDone}>
                {t('recoveryKey.done')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t('recoveryKey.intro')}</p>
            <p className="recovery-key__keeper">
              <Trans i18nKey="recoveryKey.keeper" values={{ name: profile.name }} components={{ name: <bdi /> }} />
            </p>
            <p role="note" className="sign-in__notice">
              {t('recoveryKey.warning')}
            </p>
            <figure className="recovery-key__figure">
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
            {state === 'failed' ? (
              <p role="alert" className="error-summary">
                {t('errors.unexpected')}
              </p>
            ) : null}
            <div className="checkbox-field recovery-key__confirm">
              <input id="recovery-key-confirm" type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
              <label htmlFor="recovery-key-confirm">{t('recoveryKey.confirm')}</label>
            </div>
            <div className="form-actions">
              <button type="button" className="button button--primary" disabled={!confirmed || state === 'saving'} onClick={() => void confirm()}>
                {t('recoveryKey.done')}
              </button>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
