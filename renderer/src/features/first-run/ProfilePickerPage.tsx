/** Chooses which existing profile uses this window. */
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas/staff';

export function ProfilePickerPage({ profiles, onChoose }: { profiles: Staff[]; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="first-run">
      <h1>{t('firstRun.title')}</h1>
      <ul className="profile-list">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <button type="button" className="button" onClick={() => onChoose(profile.id)}>
              {profile.name} — {t(`taxonomy.staffRole.${profile.role}`)}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
