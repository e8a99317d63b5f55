/**
 * A part of New case the officer may skip: a heading whose button opens and
 * closes it (the disclosure pattern), and under it whether anything is
 * filled in, so a closed part never hides input silently. Closing a part
 * keeps its input: it is saved with the case all the same.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface IntakeSectionProps {
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** True when any of its fields holds input. */
  filled: boolean;
  children: ReactNode;
}

export function IntakeSection({ title, open, onOpenChange, filled, children }: IntakeSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="intake-section">
      <h2 className="intake-section__heading">
        <button
          type="button"
          id={`${id}-toggle`}
          className="intake-section__toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          aria-describedby={`${id}-state`}
          onClick={() => onOpenChange(!open)}
        >
          {title}
        </button>
      </h2>
      <p id={`${id}-state`} className="intake-section__state">
        {filled ? t('newCase.section.filled') : t('newCase.section.optional')}
      </p>
      <fieldset id={`${id}-panel`} aria-labelledby={`${id}-toggle`} hidden={!open}>
        {children}
      </fieldset>
    </div>
  );
}
