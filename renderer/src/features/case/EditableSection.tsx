/**
 * A section of the case page that is read until the officer presses Edit.
 * The form is built from the case as it was at that moment, and saving
 * refers to that version: if another window saved in between, the save is
 * refused and the officer's input stays on screen until they choose to reload.
 */
import { useCallback, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/case';
import { SuccessNotice } from '../../components/Notices';

interface EditableSectionProps {
  caseRecord: Case;
  title: string;
  /** The section as read. */
  view: ReactNode;
  /** The form, built from `snapshot`; it calls `done(true)` once saved, `done(false)` when discarded. */
  form: (snapshot: Case, done: (saved: boolean) => void) => ReactNode;
  /** Shown above the section's content in both modes (for example the privacy notice). */
  notice?: ReactNode;
}

export function EditableSection({ caseRecord, title, view, form, notice }: EditableSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [snapshot, setSnapshot] = useState<Case | null>(null);
  const [saved, setSaved] = useState(false);
  const [formClosed, setFormClosed] = useState(false);
  // When the form closes, the keyboard goes back to the Edit button that opened it.
  const editButton = useCallback(
    (element: HTMLButtonElement | null) => {
      if (element && formClosed) element.focus();
    },
    [formClosed],
  );

  const done = (wasSaved: boolean) => {
    setSnapshot(null);
    setSaved(wasSaved);
    setFormClosed(true);
  };

  return (
    <section aria-labelledby={headingId} className="case-section">
      <div className="page-header case-section__header">
        <h2 id={headingId}>{title}</h2>
        {snapshot === null ? (
          <button
            ref={editButton}
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setFormClosed(false);
              setSnapshot(caseRecord);
            }}
          >
            {t('casePage.edit')}
            <span className="visually-hidden"> {title}</span>
          </button>
        ) : null}
      </div>
      {notice}
      <SuccessNotice message={saved ? t('casePage.saved', { section: title }) : ''} />
      {snapshot === null ? view : form(snapshot, done)}
    </section>
  );
}
