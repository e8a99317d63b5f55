/** A table of cases, a row a case, in the columns the caller picks (see case-columns). */
import type { ReactNode } from 'react';
import type { CaseRow } from '../../../../shared/domain/case-list';
import type { CaseColumn } from './case-columns';

interface CaseRowsTableProps<R extends CaseRow> {
  /** Read by screen readers; the page's heading already says it to sighted users. */
  caption: string;
  columns: readonly CaseColumn<R>[];
  rows: readonly R[];
  className?: string;
  scrollClassName?: string;
  busy?: boolean;
  /** A column's header cell; a plain column header unless given (the case list sorts from it). */
  header?: (column: CaseColumn<R>) => ReactNode;
  rowClassName?: (row: R) => string | undefined;
}

export function CaseRowsTable<R extends CaseRow>({ caption, columns, rows, className = 'case-table', scrollClassName = 'table-scroll', busy, header, rowClassName }: CaseRowsTableProps<R>) {
  return (
    <div className={scrollClassName}>
      <table className={className} aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map(
              (column) =>
                header?.(column) ?? (
                  <th key={column.id} scope="col" className={column.headerClassName}>
                    {column.header}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.id} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
