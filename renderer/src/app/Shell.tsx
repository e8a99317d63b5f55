/** The signed-in layout: header, navigation, the routed page, and menu commands from the host. */
import { useEffect } from 'react';
import { NavLink, Route, Routes, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/host';
import { CasePage } from '../features/case/CasePage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { NewCasePage } from '../features/cases/NewCasePage';
import { MyFollowUpsPage } from '../features/follow-ups/MyFollowUpsPage';
import { GroupPage } from '../features/groups/GroupPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { useSession } from './session';

export function Shell() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const bridge = useBridge();
  const navigate = useNavigate();

  useEffect(
    () =>
      bridge.onMenuCommand((command) => {
        if (command === 'new-case') navigate('/cases/new');
      }),
    [bridge, navigate],
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__name">{t('app.name')}</p>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="app-nav">
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
          </ul>
        </nav>
        <p className="app-header__user">
          {t('app.signedInAs', { name: profile.name, role: t(`taxonomy.staffRole.${profile.role}`) })}
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<CaseListPage />} />
          <Route path="/cases/new" element={<NewCasePage />} />
          <Route path="/cases/:caseId/*" element={<CasePage />} />
          <Route path="/follow-ups" element={<MyFollowUpsPage />} />
          <Route path="/groups" element={<GroupsPage />} />
          <Route path="/groups/:groupId" element={<GroupPage />} />
        </Routes>
      </main>
    </>
  );
}
