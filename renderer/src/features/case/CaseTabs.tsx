/**
 * The sections of the case page as tabs (WAI-ARIA tabs pattern): arrow keys,
 * Home and End move between tabs, and the selected tab is in the address so
 * that a section can be linked to. A panel stays mounted once opened, so
 * switching tabs never throws away a form being filled in.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CaseTab {
  slug: string;
  label: string;
  render: () => ReactNode;
}

interface CaseTabsProps {
  label: string;
  tabs: readonly CaseTab[];
  selected: string;
  onSelect: (slug: string) => void;
}

export function CaseTabs({ label, tabs, selected, onSelect }: CaseTabsProps) {
  const { i18n } = useTranslation();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const [opened, setOpened] = useState(() => new Set([selected]));
  if (!opened.has(selected)) setOpened(new Set([...opened, selected]));

  const choose = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.slug);
    tabRefs.current.get(tab.slug)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    // In a right-to-left language the tabs run from right to left, and so do the arrows.
    const forward = i18n.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = i18n.dir() === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = { [forward]: index + 1, [backward]: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    choose(target);
  };

  return (
    <div className="case-tabs">
      <div role="tablist" aria-label={label} className="case-tabs__list">
        {tabs.map((tab, index) => (
          <button
            key={tab.slug}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.slug, element);
              else tabRefs.current.delete(tab.slug);
            }}
            type="button"
            role="tab"
            id={`case-tab-${tab.slug}`}
            aria-controls={`case-panel-${tab.slug}`}
            aria-selected={tab.slug === selected}
            tabIndex={tab.slug === selected ? 0 : -1}
            className="case-tabs__tab"
            onClick={() => onSelect(tab.slug)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.slug}
          role="tabpanel"
          id={`case-panel-${tab.slug}`}
          aria-labelledby={`case-tab-${tab.slug}`}
          tabIndex={0}
          hidden={tab.slug !== selected}
          className="case-tabs__panel"
        >
          {opened.has(tab.slug) ? tab.render() : null}
        </div>
      ))}
    </div>
  );
}
