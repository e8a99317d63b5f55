/** The signed-in layout: header, navigation, the routed page, and menu commands from the host. */
import { useEffect } from 'react';
import { NavLink, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/host';
import { CasePage } from '../features/case/CasePage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { NewCasePage } from '../features/cases/NewCasePage';
import type { ExportListRequest } from '../features/cases/list/ListExchangeActions';
import { BackupPage } from '../features/exchange/BackupPage';
import { ImportPage } from '../features/exchange/ImportPage';
import { CaseloadReportPage } from '../features/reports/CaseloadReportPage';
import { CaseReportPage } from '../features/reports/CaseReportPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DASHBOARD_PATH } from '../features/dashboard/landing';
import { MyFollowUpsPage } from '../features/follow-ups/MyFollowUpsPage';
import { GroupPage } from '../features/groups/GroupPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { ProfileAccessLogPage } from '../features/access-log/ProfileAccessLogPage';
import { SessionControls } from '../features/lock/SessionControls';
import { MyPassphrasePage } from '../features/profiles/MyPassphrasePage';
import { MyProfilePage } from '../features/profiles/MyProfilePage';
import { ProfilesPage } from '../features/profiles/ProfilesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ConflictsPage } from '../features/sync/ConflictsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { SyncStatusIndicator } from '../features/sync/SyncStatusIndicator';
import { permits } from '../../../shared/domain/permissions';
import { DisclosureMenu } from './DisclosureMenu';
import { useSession } from './session';

/** The pages of the Data menu: moving cases in and out of the workstation. */
const DATA_PATHS = ['/import', '/backup'];

export function Shell() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const bridge = useBridge();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // Pages a profile may not open are left out of the menu rather than refused after a click.
  const adminLinks = [
    ...(permits(profile, 'staff.manage') ? [{ to: '/profiles', label: 'profiles.nav' } as const] : []),
    ...(permits(profile, 'settings.change')
      ? [{ to: '/settings', label: 'workstationSettings.nav' } as const, { to: '/sync', label: 'sync.nav' } as const]
      : []),
  ];

  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        if (command === 'new-case') navigate('/cases/new');
        if (command === 'export-list') {
          // The list exports itself (ListExchangeActions): the list on screen with its filters, else every case.
          const request: ExportListRequest = { exportList: Date.now() };
          navigate(pathname === '/' ? { pathname, search } : '/', { state: request, replace: pathname === '/' });
        }
      }),
    [bridge, navigate, pathname, search],
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__name">{t('app.name')}</p>
        <nav aria-label={t('app.mainNavigation')} className="app-header__nav">
          <ul className="app-nav">
            {profile.role === 'supervisor' ? (
              <li>
                <NavLink to={DASHBOARD_PATH}>{t('dashboard.nav')}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/" end>
                {t('nav.cases')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/follow-ups">{t('nav.myFollowUps')}</NavLink>
            </li>
            <li>
              <NavLink to="/groups">{t('nav.groups')}</NavLink>
            </li>
            <li>
              <NavLink to="/cases/new">{t('nav.newCase')}</NavLink>
            </li>
            <li>
              <DisclosureMenu label={t('nav.data')} current={DATA_PATHS.includes(pathname)}>
                <li>
                  <NavLink to="/import">{t('exchangeUi.nav.import')}</NavLink>
                </li>
                {permits(profile, 'data.backup') ? (
                  <li>
                    <NavLink to="/backup">{t('exchangeUi.nav.backup')}</NavLink>
                  </li>
                ) : null}
              </DisclosureMenu>
            </li>
            {adminLinks.length > 0 ? (
              <li>
                <DisclosureMenu label={t('nav.admin')} current={adminLinks.some((link) => link.to === pathname)}>
                  {adminLinks.map((link) => (
                    <li key={link.to}>
                      <NavLink to={link.to}>{t(link.label)}</NavLink>
                    </li>
                  ))}
                </DisclosureMenu>
              </li>
            ) : null}
          </ul>
        </nav>
        <SyncStatusIndicator />
        <SessionControls />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<CaseListPage />} />
          <Route path={DASHBOARD_PATH} element={<DashboardPage />} />
          <Route path="/cases/new" element={<NewCasePage />} />
          <Route path="/cases/:caseId/report" element={<CaseReportPage />} />
          <Route path="/cases/:caseId/*" element={<CasePage />} />
          <Route path="/reports/caseload" element={<CaseloadReportPage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="/backup" element={<BackupPage />} />
          <Route path="/follow-ups" element={<MyFollowUpsPage />} />
          <Route path="/groups" element={<GroupsPage />} />
          <Route path="/groups/:groupId" element={<GroupPage />} />
          <Route path="/profiles" element={<ProfilesPage />} />
          <Route path="/profiles/:profileId/access-log" element={<ProfileAccessLogPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/sync" element={<SyncPage />} />
          <Route path="/conflicts" element={<ConflictsPage />} />
          <Route path="/passphrase" element={<MyPassphrasePage />} />
          <Route path="/profile" element={<MyProfilePage />} />
        </Routes>
      </main>
    </>
  );
}
