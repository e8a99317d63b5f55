/**
 * How far a group's cases have come: "17 cases — 3 Returned, 9 In contact,
 * 5 Locating" (the furthest along first), and the same as a bar. The bar
 * repeats the text, so it is hidden from assistive technology.
 */
import { useTranslation } from 'react-i18next';
import type { GroupProgress } from '../../data/repositories/groups';

export function useProgressText(): (progress: GroupProgress) => string {
  const { t } = useTranslation();
  return (progress) => {
    if (progress.total === 0) return t('groups.progressEmpty');
    const statuses = [...progress.byStatus]
      .reverse()
      .map(({ status, count }) => t('groups.statusCount', { count, status: t(`taxonomy.caseStatus.${status}`) }))
      .join(t('groups.listSeparator'));
    return t('groups.progress', { cases: t('groups.caseCount', { count: progress.total }), statuses });
  };
}

export function ProgressBar({ progress }: { progress: GroupProgress }) {
  if (progress.total === 0) return null;
  return (
    <div className="progress-bar" aria-hidden="true">
      {[...progress.byStatus].reverse().map(({ status, count }) => (
        <span key={status} className={`progress-bar__segment progress-bar__segment--${status}`} style={{ flexGrow: count }} />
      ))}
    </div>
  );
}

export function ProgressSummary({ progress }: { progress: GroupProgress }) {
  const text = useProgressText();
  return (
    <div className="progress-summary">
      <p className="progress-summary__text">{text(progress)}</p>
      <ProgressBar progress={progress} />
    </div>
  );
}
