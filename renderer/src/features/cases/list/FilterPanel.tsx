/** The case list's search and filters. Each change is written to the URL, which is the one source of the list's state. */
import { useMemo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/keys';
import type { Group } from '../../../../../shared/schemas/group';
import type { Staff } from '../../../../../shared/schemas/staff';
import type { VocabularyName } from '../../../../../shared/taxonomy';
import { useSession } from '../../../app/session';
import { Field } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import type { CaseFilter } from '../../../../../shared/domain/case-list';
import { useFormatters } from '../../../i18n/format';
import { hasFilters } from './list-url';
import { MonthPicker } from './MonthPicker';
import { SearchBox } from './SearchBox';

type FilterKey = keyof CaseFilter;

interface FilterPanelProps {
  filter: CaseFilter;
  nationalities: readonly string[];
  staff: readonly Staff[];
  groups: readonly Group[];
  onChange: (key: FilterKey, value: string | boolean | undefined) => void;
  onClear: () => void;
}

const VOCABULARY_FILTERS: { key: FilterKey; vocabulary: VocabularyName; label: MessageKey }[] = [
  { key: 'status', vocabulary: 'caseStatus', label: 'caseFilters.status' },
  { key: 'contactStatus', vocabulary: 'contactStatus', label: 'caseFilters.contactStatus' },
  { key: 'situation', vocabulary: 'currentSituation', label: 'caseFilters.situation' },
  { key: 'method', vocabulary: 'recruitmentMethod', label: 'caseFilters.method' },
  { key: 'priority', vocabulary: 'priority', label: 'caseFilters.priority' },
];

/** Filters the supervisor dashboard links to; they can be changed here like any other. */
const FLAG_FILTERS: { key: 'open' | 'stale' | 'closureRequested'; label: MessageKey }[] = [
  { key: 'open', label: 'supervisionList.open' },
  { key: 'stale', label: 'supervisionList.stale' },
  { key: 'closureRequested', label: 'supervisionList.closureRequested' },
];

const MONTH_FILTERS: { key: 'openedMonth' | 'closedMonth'; label: MessageKey }[] = [
  { key: 'openedMonth', label: 'supervisionList.openedMonth' },
  { key: 'closedMonth', label: 'supervisionList.closedMonth' },
];

export function FilterPanel({ filter, nationalities, staff, groups, onChange, onClear }: FilterPanelProps) {
  const { t } = useTranslation();
  const { workstation } = useSession();
  const format = useFormatters();
  const countries = useMemo(() => {
    // A linked filter may name a country no case has (any more): keep it selectable so the select shows it.
    const codes = new Set(nationalities);
    if (filter.nationality) codes.add(filter.nationality);
    return [...codes].map((code) => ({ code, name: format.country(code) })).sort((a, b) => a.name.localeCompare(b.name));
  }, [nationalities, filter.nationality, format]);
  const officers = staff.filter((s) => s.active || s.id === filter.assignee);
  const select = (key: FilterKey) => (event: ChangeEvent<HTMLSelectElement>) => onChange(key, event.target.value || undefined);

  return (
    <form role="search" aria-label={t('caseFilters.legend')} className="case-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="case-filters__search">
        <SearchBox value={filter.search ?? ''} onSearch={(text) => onChange('search', text.trim() ? text : undefined)} />
      </div>
      <div className="case-filters__grid">
        {VOCABULARY_FILTERS.slice(0, 2).map(({ key, vocabulary, label }) => (
          <Field key={key} label={t(label)}>
            <VocabularySelect vocabulary={vocabulary} emptyLabel={t('caseFilters.any')} value={String(filter[key] ?? '')} onChange={select(key)} />
          </Field>
        ))}
        <Field label={t('caseFilters.nationality')}>
          <select value={filter.nationality ?? ''} onChange={select('nationality')}>
            <option value="">{t('caseFilters.any')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        {VOCABULARY_FILTERS.slice(2).map(({ key, vocabulary, label }) => (
          <Field key={key} label={t(label)}>
            <VocabularySelect vocabulary={vocabulary} emptyLabel={t('caseFilters.any')} value={String(filter[key] ?? '')} onChange={select(key)} />
          </Field>
        ))}
        <Field label={t('caseFilters.assignee')}>
          <select value={filter.assignee ?? ''} onChange={select('assignee')}>
            <option value="">{t('caseFilters.any')}</option>
            <option value="unassigned">{t('caseFilters.unassigned')}</option>
            {officers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        {MONTH_FILTERS.map(({ key, label }) => (
          <MonthPicker key={key} legend={t(label)} value={filter[key] ?? ''} onChange={(month) => onChange(key, month)} thisYear={new Date().getFullYear()} />
        ))}
        <Field label={t('caseFilters.group')}>
          <select value={filter.groupId ?? ''} onChange={select('groupId')}>
            <option value="">{t('caseFilters.any')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="case-filters__footer">
        <div className="checkbox-field">
          <input
            id="filter-overdue"
            type="checkbox"
            checked={filter.overdueFollowUps === true}
            onChange={(event) => onChange('overdueFollowUps', event.target.checked || undefined)}
          />
          <label htmlFor="filter-overdue">{t('caseFilters.overdue')}</label>
        </div>
        {FLAG_FILTERS.map(({ key, label }) => (
          <div key={key} className="checkbox-field">
            <input id={`filter-${key}`} type="checkbox" checked={filter[key] === true} onChange={(event) => onChange(key, event.target.checked || undefined)} />
            <label htmlFor={`filter-${key}`}>{t(label, { count: workstation.contactLostDays })}</label>
          </div>
        ))}
        <button type="button" className="button" onClick={onClear} disabled={!hasFilters(filter)}>
          {t('caseFilters.clear')}
        </button>
      </div>
    </form>
  );
}
