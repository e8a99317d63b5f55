/**
 * A header button that shows and hides a short list of links or commands
 * (the WAI-ARIA disclosure pattern, which suits site navigation better than
 * role="menu"). Keyboard: Enter or Space opens and closes; Arrow Down on the
 * button opens it at its first item; Arrow Up/Down, Home and End move among the
 * items; Escape closes it and returns to the button; Tab moves on as usual.
 * It closes when focus or a click goes elsewhere and when an item is chosen.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

interface DisclosureMenuProps {
  /** What the button shows. */
  label: ReactNode;
  /** The button's accessible name when it must say more than it shows (it always includes what it shows). */
  accessibleName?: string;
  /** True when the page open now is one of the menu's items: the button is marked like an active link. */
  current?: boolean;
  /** List items (`<li>`), each holding one link or button. */
  children: ReactNode;
  /** Something shown above the items, such as who is signed in. */
  heading?: ReactNode;
  className?: string;
}

export function DisclosureMenu({ label, accessibleName, current = false, children, heading, className }: DisclosureMenuProps) {
  const { pathname } = useLocation();
  // The page the menu was opened on: choosing a link navigates elsewhere, and the menu is closed there.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean | ((was: boolean) => boolean)) =>
    setOpenOn((was) => ((typeof next === 'function' ? next(was === pathname) : next) ? pathname : null));
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeIfOutside = (event: Event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', closeIfOutside);
    document.addEventListener('focusin', closeIfOutside);
    return () => {
      document.removeEventListener('pointerdown', closeIfOutside);
      document.removeEventListener('focusin', closeIfOutside);
    };
  }, [open]);

  const items = () => [...(root.current?.querySelectorAll<HTMLElement>(`#${CSS.escape(panelId)} :is(a, button)`) ?? [])];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
      return;
    }
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const target: Record<string, number | undefined> = {
      ArrowDown: at < 0 ? 0 : (at + 1) % list.length,
      ArrowUp: at < 0 ? list.length - 1 : (at - 1 + list.length) % list.length,
      Home: at < 0 ? undefined : 0,
      End: at < 0 ? undefined : list.length - 1,
    };
    const next = target[event.key];
    if (next === undefined || (at < 0 && event.target !== button.current)) return;
    event.preventDefault();
    if (!open) setOpen(true);
    // The panel is shown on this render; focus its item once it is.
    requestAnimationFrame(() => items()[next]?.focus());
  };

  return (
    <div ref={root} className={`disclosure${className ? ` ${className}` : ''}`} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className={`disclosure__button${current ? ' active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={accessibleName}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
        <span className="disclosure__marker" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="disclosure__panel" hidden={!open}>
        {heading}
        <ul className="disclosure__items" onClick={() => setOpen(false)}>
          {children}
        </ul>
      </div>
    </div>
  );
}
