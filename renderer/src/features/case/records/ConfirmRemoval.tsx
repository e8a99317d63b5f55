/**
 * The confirm step before a removal. Removals are recorded changes: the
 * question says so, and focus lands on it so a keyboard user hears it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BidiText } from '../../../components/BidiText';

interface ConfirmRemovalProps {
  question: string;
  /** Names the group of buttons, e.g. "Remove contact on 12 Mar 2026, 10:00". */
  label: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmRemoval({ question, label, onConfirm, onCancel }: ConfirmRemovalProps) {
  const { t } = useTranslation();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm-removal" role="group" aria-label={label}>
      <p ref={questionRef} tabIndex={-1}>
        <BidiText text={question} />
      </p>
      <div className="form-actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('caseRecords.confirmRemove')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('caseRecords.keep')}
        </button>
      </div>
    </div>
  );
}
