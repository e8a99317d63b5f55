/**
 * A short visible label ("Edit") whose accessible name says what it acts on
 * ("Edit contact on 12 Mar 2026, 10:00"); the name begins with the visible
 * words, so speech control users can say what they see.
 */
import type { ButtonHTMLAttributes } from 'react';

interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  visible: string;
  /** The full accessible name; must start with `visible`. */
  name: string;
}

export function ActionButton({ visible, name, className = 'button button--small', type = 'button', ...buttonProps }: ActionButtonProps) {
  return (
    <button type={type} className={className} {...buttonProps}>
      <span aria-hidden="true">{visible}</span>
      <span className="visually-hidden">{name}</span>
    </button>
  );
}
