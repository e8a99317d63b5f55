/** A section's values as read: a description list in which a missing value says so. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Fact {
  term: string;
  /** Null, an empty string or an empty list show "Not recorded". */
  value: ReactNode;
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

export function Facts({ facts }: { facts: readonly Fact[] }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.term} className="facts__row">
          <dt>{fact.term}</dt>
          <dd>{isEmpty(fact.value) ? <span className="facts__missing">{t('casePage.notRecorded')}</span> : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** User-entered values, each isolated so right-to-left names do not reorder their neighbours; null when there are none. */
export function bdiList(items: readonly string[]): ReactNode {
  if (items.length === 0) return null;
  return (
    <ul className="facts__list">
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>
          <bdi>{item}</bdi>
        </li>
      ))}
    </ul>
  );
}
