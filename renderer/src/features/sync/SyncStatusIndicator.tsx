/**
 * Sync's state, always in the header: a short line that leads to the Sync
 * page (or to the conflicts), its tone as a coloured mark. A live region
 * speaks only when the kind of state changes (offline, an error, up to date),
 * never at each new count or time.
 */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { MessageKey } from '../../i18n/keys';
import { useSyncCounts, useSyncView } from './context';
import { describeSync } from './describe-status';
import './sync.css';

/**
 * Kinds of state a person must hear of, each with words that do not change
 * with a count: the region speaks when one begins and is silent while all is well.
 */
const PROBLEMS: Readonly<Record<string, MessageKey>> = {
  offline: 'sync.status.offline',
  unauthorized: 'sync.status.unauthorized',
  forbidden: 'sync.status.forbidden',
  server: 'sync.status.server',
  signInNeeded: 'sync.status.signInNeeded',
  refused: 'sync.refused.title',
  conflicts: 'sync.conflicts.title',
};

export function SyncStatusIndicator() {
  const { t } = useTranslation();
  const format = useFormatters();
  const line = describeSync(useSyncView(), useSyncCounts(), t, format);
  return (
    <div className="sync-indicator" data-tone={line.tone}>
      <Link to={line.to} className="sync-indicator__link" aria-label={`${t('sync.status.label')}: ${line.short}`} title={line.explanation}>
        <span className="sync-indicator__mark" aria-hidden="true" />
        <span className="sync-indicator__text">{line.short}</span>
      </Link>
      <span role="status" className="visually-hidden">
        {PROBLEMS[line.kind] ? `${t('sync.status.label')}: ${t(PROBLEMS[line.kind]!)}` : ''}
      </span>
    </div>
  );
}
