/** The first pull's progress: a bar while the post's records arrive; the person may go on working elsewhere. */
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useSyncView } from './context';

export function FirstPullProgress() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { firstPull } = useSyncView();
  if (!firstPull) return null;
  const { pulled, total } = firstPull;
  const counted = total !== null && total > 0;
  return (
    <section aria-labelledby="sync-progress-title" className="sync-progress">
      <h2 id="sync-progress-title">{t('sync.progress.title')}</h2>
      {/* Without a total the bar is indeterminate: it shows activity, never a share it cannot know. */}
      <progress aria-label={t('sync.progress.label')} aria-describedby="sync-progress-label" max={counted ? total : undefined} value={counted ? Math.min(pulled, total) : undefined} className="sync-progress__bar" />
      <p id="sync-progress-label">
        {counted ? t('sync.progress.counted', { pulled: format.number(pulled), total: format.number(total) }) : t('sync.progress.uncounted', { pulled: format.number(pulled) })}
      </p>
      <p className="sync-progress__hint">{t('sync.progress.background')}</p>
    </section>
  );
}
