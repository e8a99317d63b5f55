/**
 * A table of case records (contacts, follow-ups, steps): a caption, one
 * column a field, one row header a record, and a last column of row actions
 * whose header is read but not shown. Under a row, `below` may open a row of
 * its own across the table (a removal to confirm, an editor).
 */
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RecordColumn<R> {
  header: string;
  cell: (record: R, index: number) => ReactNode;
  className?: string;
  /** The cell that names the record: a row header. */
  rowHeader?: boolean;
  /** Class of the column header, where it differs from no class. */
  headerClassName?: string;
}

interface RecordTableProps<R> {
  caption: string;
  className: string;
  columns: readonly RecordColumn<R>[];
  records: readonly R[];
  rowKey: (record: R) => string;
  row?: (record: R) => HTMLAttributes<HTMLTableRowElement>;
  actions: (record: R, index: number) => ReactNode;
  below?: (record: R, index: number) => { className: string; content: ReactNode } | null;
}

export function RecordTable<R>({ caption, className, columns, records, rowKey, row, actions, below }: RecordTableProps<R>) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll records-table-scroll">
      <table className={`records-table ${className}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.headerClassName}>
                {column.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('caseRecords.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((record, index) => (
            <RecordRow key={rowKey(record)} record={record} index={index} columns={columns} row={row} actions={actions} below={below} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RecordRowProps<R> = Pick<RecordTableProps<R>, 'columns' | 'row' | 'actions' | 'below'> & { record: R; index: number };

/** One record's row, and the row across the table that `below` may open under it. */
function RecordRow<R>({ record, index, columns, row, actions, below }: RecordRowProps<R>) {
  const extra = below?.(record, index);
  return (
    <>
      <tr {...row?.(record)}>
        {columns.map((column) =>
          column.rowHeader ? (
            <th key={column.header} scope="row" className={column.className}>
              {column.cell(record, index)}
            </th>
          ) : (
            <td key={column.header} className={column.className}>
              {column.cell(record, index)}
            </td>
          ),
        )}
        <td className="cell--actions">{actions(record, index)}</td>
      </tr>
      {extra ? (
        <tr className={extra.className}>
          <td colSpan={columns.length + 1}>{extra.content}</td>
        </tr>
      ) : null}
    </>
  );
}
