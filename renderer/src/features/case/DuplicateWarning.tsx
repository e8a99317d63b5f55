/**
 * Warns, while a case is created or its person edited, that the person may
 * already have a case. The officer may tick a candidate to link the two as
 * possible duplicates when saving, or simply continue; nothing is merged.
 */
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../data/repositories/cases';
import './case-page.css';

interface DuplicateWarningProps {
  candidates: readonly DuplicateCandidate[];
  /** Cases already linked as possible duplicates: shown, but there is nothing left to mark. */
  linked?: readonly string[];
  /** Ids ticked to be marked on save. */
  marked: readonly string[];
  onMarkedChange: (ids: string[]) => void;
}

export function DuplicateWarning({ candidates, linked = [], marked, onMarkedChange }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const toggle = (id: string, checked: boolean) => onMarkedChange(checked ? [...marked, id] : marked.filter((m) => m !== id));

  return (
    <div aria-live="polite">
      {candidates.length > 0 ? (
        <section className="duplicate-warning" aria-labelledby={titleId}>
          <p id={titleId} className="duplicate-warning__title">
            {t('duplicates.title')}
          </p>
          <p>{t('duplicates.intro', { count: candidates.length })}</p>
          <ul className="duplicate-warning__list">
            {candidates.map(({ case: other, reason }) => (
              <li key={other.id} className="duplicate-warning__item">
                <Link to={`/cases/${other.id}`} className="duplicate-warning__reference">
                  <bdi dir="ltr">{other.reference}</bdi>
                </Link>
                <bdi className="duplicate-warning__name">{other.person.fullName}</bdi>
                <span>{t(`duplicates.reasons.${reason}`)}</span>
                {linked.includes(other.id) ? (
                  <span className="duplicate-warning__linked">{t('duplicates.alreadyMarked')}</span>
                ) : (
                  <label className="duplicate-warning__mark">
                    <input type="checkbox" checked={marked.includes(other.id)} onChange={(event) => toggle(other.id, event.target.checked)} />
                    {t('duplicates.mark', { reference: other.reference })}
                  </label>
                )}
              </li>
            ))}
          </ul>
          <p className="field__hint">{t('duplicates.markOnSave')}</p>
        </section>
      ) : null}
    </div>
  );
}
