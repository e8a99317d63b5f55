/**
 * Who takes the imported cases (issue 10, item 9). The importer by default;
 * a supervisor may give them to any active profile, as a reassignment would.
 * An officer takes them themselves: the data layer refuses anything else.
 */
import { useTranslation } from 'react-i18next';
import { permits } from '../../../../shared/domain/permissions';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { useStaffList } from '../../data/hooks';

export function ImportAssignee({ value, onChange, disabled }: { value: string; onChange: (id: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const { profile } = useSession();
  const profiles = (useStaffList() ?? []).filter((s) => s.active);
  if (!permits(profile, 'case.reassign')) return <p className="import-assignee">{t('exchangeUi.import.assignedToYou')}</p>;
  return (
    <Field label={t('exchangeUi.import.assignee')}>
      <select value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled}>
        {profiles.map((s) => (
          <option key={s.id} value={s.id}>
            {s.id === profile.id ? t('exchangeUi.import.yourself', { name: s.name }) : s.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
