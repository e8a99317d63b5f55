/**
 * The supervisor's home page: the caseload at a glance. Every number comes
 * from index counts (DashboardRepository), and every tile and bar opens the
 * case list showing exactly the cases it counts.
 */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CaseStatus, ContactStatus, type CurrentSituationCode, type RecruitmentMethodCode } from '../../../../shared/taxonomy';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import { useStaffList } from '../../data/hooks';
import type { DashboardFigures } from '../../data/repositories/dashboard';
import { useFormatters } from '../../i18n/format';
import { termLabel } from '../../i18n/keys';
import { caseListHref } from '../cases/list/list-url';
import { BarChart, type Bar } from './BarChart';
import { DASHBOARD_FILTERS } from './dashboard-filters';
import { useDashboardFigures } from './hooks';
import { MonthChart } from './MonthChart';
import { WaitingClosures } from './WaitingClosures';
import './dashboard.css';
import { BackupReminder } from '../exchange/BackupReminder';
import { useSyncCounts, useSyncView } from '../sync/context';

/** Countries beyond this many are in the chart's table only: the chart stays readable at a glance. */
const MAX_COUNTRY_BARS = 12;

export function DashboardPage() {
  const { t } = useTranslation();
  const { profile, workstation } = useSession();
  const staff = useStaffList();
  const active = staff?.filter((s) => s.active);
  const figures = useDashboardFigures(workstation.contactLostDays, active?.map((s) => s.id));

  if (profile.role !== 'supervisor') {
    return (
      <section className="empty-state" aria-labelledby="dashboard-title">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <p>{t('dashboard.supervisorsOnly')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <BackupReminder />
      {figures === undefined || active === undefined ? <p role="status">{t('app.loading')}</p> : <Figures figures={figures} names={new Map(active.map((s) => [s.id, s.name]))} />}
    </section>
  );
}

function Figures({ figures, names }: { figures: DashboardFigures; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { workstation } = useSession();
  const { caseList } = useRepositories();
  const days = workstation.contactLostDays;
  const syncCounts = useSyncCounts();
  const syncSetUp = useSyncView().setup !== null;
  const closed = figures.byStatus.find((s) => s.key === 'closed')?.count ?? 0;
  const country = (code: string) => format.country(code);

  const tiles = [
    { key: 'open', label: t('dashboard.openCases'), hint: t('dashboard.ofAll', { count: figures.total }), count: figures.total - closed, to: caseListHref(DASHBOARD_FILTERS.open()) },
    { key: 'stale', label: t('dashboard.stale'), hint: t('dashboard.staleHint', { count: days }), count: figures.stale, to: caseListHref(DASHBOARD_FILTERS.stale()) },
    { key: 'overdue', label: t('dashboard.overdue'), hint: t('dashboard.overdueHint'), count: figures.overdueFollowUps, to: caseListHref(DASHBOARD_FILTERS.overdueFollowUps()) },
    {
      key: 'waiting',
      label: t('dashboard.waiting'),
      hint: t('dashboard.waitingHint'),
      count: figures.closureRequestsWaiting,
      to: caseListHref(DASHBOARD_FILTERS.closureRequestsWaiting()),
    },
    // Sync's conflicts wait for a person like closure requests do: shown once the workstation syncs, or while any is left.
    ...(syncSetUp || syncCounts.conflicts > 0
      ? [{ key: 'conflicts', label: t('sync.conflicts.tile'), hint: t('sync.conflicts.tileHint'), count: syncCounts.conflicts, to: '/conflicts' }]
      : []),
  ];

  const byStatus: Bar[] = CaseStatus.codes.map((code) => ({
    key: code,
    label: t(`taxonomy.caseStatus.${code}`),
    count: figures.byStatus.find((s) => s.key === code)?.count ?? 0,
    href: caseListHref(DASHBOARD_FILTERS.status(code)),
  }));
  const byContactStatus: Bar[] = ContactStatus.codes.map((code) => ({
    key: code,
    label: t(`taxonomy.contactStatus.${code}`),
    count: figures.byContactStatus.find((s) => s.key === code)?.count ?? 0,
    href: caseListHref(DASHBOARD_FILTERS.contactStatus(code)),
  }));
  const byNationality: Bar[] = figures.byNationality.map(({ key, count }) => ({
    key,
    label: country(key),
    count,
    href: caseListHref(DASHBOARD_FILTERS.nationality(key)),
  }));
  const bySituation: Bar[] = figures.bySituation.map(({ key, count }) => ({
    key,
    label: termLabel(t, 'currentSituation', key),
    count,
    href: caseListHref(DASHBOARD_FILTERS.situation(key as CurrentSituationCode)),
  }));
  const byMethod: Bar[] = figures.byMethod.map(({ key, count }) => ({
    key,
    label: termLabel(t, 'recruitmentMethod', key),
    count,
    href: caseListHref(DASHBOARD_FILTERS.method(key as RecruitmentMethodCode)),
  }));
  const perOfficer: Bar[] = figures.openPerOfficer.map(({ key, count }) => ({
    key,
    label: key === 'unassigned' ? t('dashboard.unassigned') : (names.get(key) ?? t('caseRecords.history.unknownActor')),
    count,
    href: caseListHref(DASHBOARD_FILTERS.officer(key)),
  }));

  return (
    <>
      <p className="dashboard__intro">{t('dashboard.intro', { date: format.date(caseList.context(days).today) })}</p>
      <ul className="tiles" aria-label={t('dashboard.tilesLabel')}>
        {tiles.map((tile) => (
          <li key={tile.key}>
            <Link className={`tile tile--${tile.key}`} to={tile.to}>
              <span className="tile__label">{tile.label}</span>
              <span className="tile__count">{format.number(tile.count)}</span>
              <span className="tile__hint">{tile.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
      <WaitingClosures waiting={figures.closureRequestsWaiting} />
      <div className="charts">
        <BarChart title={t('dashboard.charts.status')} column={t('dashboard.columns.status')} bars={byStatus} />
        <BarChart title={t('dashboard.charts.contactStatus')} column={t('dashboard.columns.contactStatus')} bars={byContactStatus} />
        <BarChart title={t('dashboard.charts.perOfficer')} column={t('dashboard.columns.officer')} bars={perOfficer} />
        <BarChart title={t('dashboard.charts.nationality')} column={t('dashboard.columns.nationality')} bars={byNationality} maxBars={MAX_COUNTRY_BARS} />
        <BarChart title={t('dashboard.charts.situation')} column={t('dashboard.columns.situation')} bars={bySituation} />
        <BarChart title={t('dashboard.charts.method')} hint={t('dashboard.charts.methodHint')} column={t('dashboard.columns.method')} bars={byMethod} empty={t('dashboard.noMethods')} />
      </div>
      <MonthChart months={figures.perMonth} />
    </>
  );
}
