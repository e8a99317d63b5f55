/** Decides what this window shows: first-run set-up, a profile choice, or the working app. */
import { useState } from 'react';
import { HashRouter } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useStaffList, useWorkstationSettings } from '../data/hooks';
import { FirstRunPage } from '../features/first-run/FirstRunPage';
import { ProfilePickerPage } from '../features/first-run/ProfilePickerPage';
import { rememberProfileId, rememberedProfileId, SessionContext } from './session';
import { Shell } from './Shell';

export function App() {
  const { t } = useTranslation();
  const settings = useWorkstationSettings();
  const staff = useStaffList();
  const [profileId, setProfileId] = useState(rememberedProfileId);

  const choose = (id: string) => {
    rememberProfileId(id);
    setProfileId(id);
  };

  if (settings === undefined || staff === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }
  if (settings.value === null || staff.length === 0) {
    return <FirstRunPage onDone={choose} />;
  }
  const profile = staff.find((s) => s.id === profileId && s.active);
  if (!profile) {
    return <ProfilePickerPage profiles={staff.filter((s) => s.active)} onChoose={choose} />;
  }
  return (
    <SessionContext.Provider value={{ profile, workstation: settings.value }}>
      <HashRouter>
        <Shell />
      </HashRouter>
    </SessionContext.Provider>
  );
}
