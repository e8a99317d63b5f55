/**
 * Sync: where the workstation stands with the post's server (and the first
 * pull's progress), its set-up (a supervisor: server, post database, this
 * workstation's code, start and stop), the signed-in person's own server
 * account, and the changes the server refused.
 */
import { useTranslation } from 'react-i18next';
import { BidiText } from '../../components/BidiText';
import { useFormatters } from '../../i18n/format';
import { SyncAccount } from './SyncAccount';
import { SyncSetupForm } from './SyncSetupForm';
import { RefusedChanges } from './RefusedChanges';
import { FirstPullProgress } from './FirstPullProgress';
import { useSyncCounts, useSyncView } from './context';
import { describeSync } from './describe-status';
import './sync.css';

export function SyncPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const view = useSyncView();
  const counts = useSyncCounts();
  const line = describeSync(view, counts, t, format);
  return (
    <section aria-labelledby="sync-title" className="sync-page">
      <h1 id="sync-title">{t('sync.title')}</h1>
      <p className="sync-page__intro">{t('sync.intro')}</p>
      <div className="sync-page__state" data-tone={line.tone}>
        <p className="sync-page__short">{line.short}</p>
        <p>
          <BidiText text={line.explanation} />
        </p>
        {counts.waiting > 0 && line.kind !== 'waiting' ? <p>{t('sync.status.waiting', { count: counts.waiting })}</p> : null}
      </div>
      <FirstPullProgress />
      <SyncSetupForm />
      <SyncAccount />
      <RefusedChanges />
    </section>
  );
}
