/**
 * Cases opened and closed in each of the last twelve months, as a table
 * whose cells carry their bars: solid for opened, hatched for closed (told
 * apart by the column and the pattern, not by colour alone). Every number
 * links to the cases it counts; the table is the accessible form itself.
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MonthCount } from '../../data/repositories/dashboard';
import { useFormatters } from '../../i18n/format';
import { caseListHref } from '../cases/list/list-url';
import { BarShape } from './BarChart';
import { DASHBOARD_FILTERS } from './dashboard-filters';

export function MonthChart({ months }: { months: readonly MonthCount[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  // An id usable inside url(#…): React's ids carry characters that a fragment would need escaped.
  const patternId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const monthName = useMemo(() => {
    const formatter = new Intl.DateTimeFormat(format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return (month: string) => formatter.format(new Date(`${month}-01T00:00:00Z`));
  }, [format.locale]);
  const max = Math.max(1, ...months.flatMap((m) => [m.opened, m.closed]));

  const cell = (month: string, count: number, kind: 'opened' | 'closed') => (
    <td className="month-table__bar">
      <Link
        className="bar bar--month"
        to={caseListHref(kind === 'opened' ? DASHBOARD_FILTERS.openedIn(month) : DASHBOARD_FILTERS.closedIn(month))}
        aria-label={t(kind === 'opened' ? 'dashboard.openedLink' : 'dashboard.closedLink', { month: monthName(month), count })}
      >
        <BarShape value={count} max={max} variant={kind === 'opened' ? 'solid' : 'hatched'} patternId={patternId} />
        <span className="bar__value">{format.number(count)}</span>
      </Link>
    </td>
  );

  return (
    <section aria-labelledby={headingId} className="chart chart--wide">
      <h2 id={headingId}>{t('dashboard.charts.perMonth')}</h2>
      <p className="chart__hint">{t('dashboard.charts.perMonthHint')}</p>
      <svg className="chart__defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
          <pattern id={patternId} width="3" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="10" className="hatch__background" />
            <rect width="1.4" height="10" className="hatch__line" />
          </pattern>
        </defs>
      </svg>
      <table className="month-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.columns.month')}</th>
            <th scope="col">
              <Swatch />
              {t('dashboard.columns.opened')}
            </th>
            <th scope="col">
              <Swatch patternId={patternId} />
              {t('dashboard.columns.closed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName(m.month)}</th>
              {cell(m.month, m.opened, 'opened')}
              {cell(m.month, m.closed, 'closed')}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The key to a column's bars, beside its header. */
function Swatch({ patternId }: { patternId?: string }) {
  return (
    <svg className={`legend__swatch bar__shape--${patternId ? 'hatched' : 'solid'}`} viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect className="bar__fill" width="10" height="10" style={patternId ? { fill: `url(#${patternId})` } : undefined} />
    </svg>
  );
}
