/**
 * One count per row as a horizontal bar: the label and the number are text,
 * so the bar's length only repeats what is written; every row links to the
 * cases it counts. The same numbers follow in a table for those who prefer
 * (or need) to read them as one.
 */
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

export interface Bar {
  key: string;
  label: string;
  count: number;
  href: string;
}

interface BarChartProps {
  title: string;
  hint?: string;
  /** Header of the table's first column, e.g. "Nationality". */
  column: string;
  bars: readonly Bar[];
  /** At most this many bars are drawn; the table has them all. */
  maxBars?: number;
  /** What to say when there is nothing to count. */
  empty?: string;
}

export function BarChart({ title, hint, column, bars, maxBars = bars.length, empty }: BarChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const drawn = bars.slice(0, maxBars);
  const max = Math.max(1, ...bars.map((b) => b.count));

  return (
    <section aria-labelledby={headingId} className="chart">
      <h2 id={headingId}>{title}</h2>
      {hint ? <p className="chart__hint">{hint}</p> : null}
      {bars.length === 0 ? (
        <p className="chart__empty">{empty ?? t('dashboard.noCases')}</p>
      ) : (
        <>
          <ul className="bar-list">
            {drawn.map((bar) => (
              <li key={bar.key}>
                <Link className="bar" to={bar.href} aria-label={t('dashboard.barLink', { label: bar.label, count: bar.count })}>
                  <span className="bar__label">
                    <bdi>{bar.label}</bdi>
                  </span>
                  <BarShape value={bar.count} max={max} />
                  <span className="bar__value">{format.number(bar.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
          {bars.length > drawn.length ? <p className="chart__more">{t('dashboard.moreRows', { count: bars.length - drawn.length })}</p> : null}
          <details className="chart__table">
            <summary>{t('dashboard.showTable')}</summary>
            <table className="figures-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{column}</th>
                  <th scope="col" className="cell--number">
                    {t('dashboard.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key}>
                    <th scope="row">
                      <bdi>{bar.label}</bdi>
                    </th>
                    <td className="cell--number">{format.number(bar.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

/** The bar itself, decorative: stretched to its track, from the start edge (mirrored for right-to-left). */
export function BarShape({ value, max, variant = 'solid', patternId }: { value: number; max: number; variant?: 'solid' | 'hatched'; patternId?: string }) {
  // A non-zero count always shows a sliver, so "1 of 900" is not drawn as nothing.
  const width = value === 0 ? 0 : Math.max(1, (value / max) * 100);
  return (
    <svg className={`bar__shape bar__shape--${variant}`} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="bar__track" x="0" y="0" width="100" height="10" />
      {/* A style, not a fill attribute: the stylesheet's fill would win over an attribute. */}
      <rect className="bar__fill" x="0" y="0" width={width} height="10" style={variant === 'hatched' && patternId ? { fill: `url(#${patternId})` } : undefined} />
    </svg>
  );
}
