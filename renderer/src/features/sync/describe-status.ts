/**
 * What the header and the Sync page say about sync, from the session's view
 * and the live counts: a short line for the header, a plain sentence for the
 * page, a tone, and where the line leads.
 */
import type { TFunction } from 'i18next';
import type { SyncCounts, SyncView } from '../../data/sync-session';
import type { Formatters } from '../../i18n/format';

export type SyncTone = 'idle' | 'ok' | 'busy' | 'warning' | 'error';

export interface SyncLine {
  /** Stable per kind of state: the live region speaks when it changes, not at every count or time. */
  kind: string;
  short: string;
  explanation: string;
  tone: SyncTone;
  to: '/sync' | '/conflicts';
}

export function describeSync(view: SyncView, counts: SyncCounts, t: TFunction, format: Formatters): SyncLine {
  const line = (kind: string, short: string, explanation: string, tone: SyncTone, to: SyncLine['to'] = '/sync'): SyncLine => ({ kind, short, explanation, tone, to });
  const { setup, account, status, firstPull } = view;
  const seconds = 'retryInMs' in status ? Math.max(1, Math.round(status.retryInMs / 1000)) : 0;
  if (!setup) return line('notSetUp', t('sync.status.notSetUp'), t('sync.explain.notSetUp'), 'idle');
  if (!setup.enabled) return line('stopped', t('sync.status.stopped'), t('sync.explain.stopped'), 'idle');
  if (!account) return line('signInNeeded', t('sync.status.signInNeeded'), t('sync.explain.signInNeeded'), 'warning');
  if (status.state === 'error') {
    const failure = status.failure === 'unauthorized' || status.failure === 'forbidden' ? status.failure : 'server';
    return line(failure, t(`sync.status.${failure}`), t(`sync.explain.${failure}`, { detail: status.message, seconds: format.number(seconds) }), 'error');
  }
  if (status.state === 'locked') return line('locked', t('sync.status.locked'), t('sync.explain.locked'), 'idle');
  if (status.state === 'offline') {
    const short = counts.waiting > 0 ? `${t('sync.status.offline')} · ${t('sync.status.waiting', { count: counts.waiting })}` : t('sync.status.offline');
    return line('offline', short, t('sync.explain.offline', { seconds: format.number(seconds) }), 'warning');
  }
  if (firstPull) {
    const share = firstPull.total ? format.percent(Math.min(1, firstPull.pulled / firstPull.total)) : '';
    return line('firstPull', t('sync.status.firstPull', { percent: share }).trim(), t('sync.explain.syncing'), 'busy');
  }
  if (counts.refused > 0) return line('refused', t('sync.status.refused', { count: counts.refused }), t('sync.refused.intro'), 'error');
  if (counts.conflicts > 0) return line('conflicts', t('sync.status.conflicts', { count: counts.conflicts }), t('sync.conflicts.intro'), 'warning', '/conflicts');
  if (status.state === 'upToDate') {
    if (counts.waiting > 0) return line('waiting', t('sync.status.waiting', { count: counts.waiting }), t('sync.explain.syncing'), 'busy');
    const time = format.time(status.at);
    return line('upToDate', t('sync.status.upToDate', { time }), t('sync.explain.upToDate', { time }), 'ok');
  }
  return line('syncing', t('sync.status.syncing'), t('sync.explain.syncing'), 'busy');
}
