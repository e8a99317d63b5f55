/**
 * Every recorded change of the case, its contact log, steps and follow-ups,
 * newest first: who, when, which field, before and after. Long histories are
 * shown a page at a time, newest first.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import type { CaseFile } from '../../../data/repositories/case-file';
import { useFormatters } from '../../../i18n/format';
import { useCaseReferences, useGroupNames, useStaffById } from '../records/hooks';
import { useHistoryRows, type HistoryRow } from '../records/history-rows';
import '../records/records.css';
import { BidiText } from '../../../components/BidiText';

const PAGE_SIZE = 100;

/** Ids that history values may refer to, so they can be shown by name. */
function referencedCaseIds(caseRecord: Case, rows: readonly { field: string | null; oldValue: unknown; newValue: unknown }[]): string[] {
  const ids = new Set(caseRecord.possibleDuplicateOf);
  for (const r of rows) {
    if (r.field !== 'possibleDuplicateOf') continue;
    for (const v of [r.oldValue, r.newValue]) if (Array.isArray(v)) v.forEach((id) => typeof id === 'string' && ids.add(id));
  }
  return [...ids];
}

export function HistorySection({ caseRecord, file }: { caseRecord: Case; file: CaseFile }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const records = file.history;
  const staff = useStaffById();
  const groups = useGroupNames();
  const cases = useCaseReferences(referencedCaseIds(caseRecord, records));
  const toRows = useHistoryRows();
  const [shown, setShown] = useState(PAGE_SIZE);

  const rows = useMemo(
    () => (staff && groups && cases ? toRows(records, { format, staff, groups, cases }) : undefined),
    [records, staff, groups, cases, format, toRows],
  );

  return (
    <section aria-labelledby={headingId} className="records-section">
      <h2 id={headingId}>{t('caseRecords.history.title')}</h2>
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="records-empty">{t('caseRecords.history.empty')}</p>
      ) : (
        <>
          <div className="table-scroll records-table-scroll">
            <table className="records-table history-table">
              <caption>{t('caseRecords.history.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('caseRecords.history.when')}</th>
                  <th scope="col">{t('caseRecords.history.who')}</th>
                  <th scope="col">{t('caseRecords.history.what')}</th>
                  <th scope="col">{t('caseRecords.history.from')}</th>
                  <th scope="col">{t('caseRecords.history.to')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shown).map((row, index) => (
                  <HistoryTableRow key={row.key} row={row} continued={index > 0 && sameSave(rows[index - 1]!, row)} actor={staff?.get(row.record.actorId)?.name} />
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > PAGE_SIZE ? (
            <div className="pager">
              <p role="status" className="list-count">
                {t('caseRecords.history.showing', { shown: format.number(Math.min(shown, rows.length)), total: format.number(rows.length) })}
              </p>
              {rows.length > shown ? (
                <button type="button" className="button" onClick={() => setShown(shown + PAGE_SIZE)}>
                  {t('caseRecords.history.showMore', { count: Math.min(PAGE_SIZE, rows.length - shown) })}
                </button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Rows of one save: same record, same moment, same person. */
function sameSave(a: HistoryRow, b: HistoryRow): boolean {
  return a.record.entityId === b.record.entityId && a.record.at === b.record.at && a.record.actorId === b.record.actorId;
}

function HistoryTableRow({ row, continued, actor }: { row: HistoryRow; continued: boolean; actor: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { record } = row;
  return (
    <tr className={`history-row history-row--${record.action}${continued ? ' history-row--continued' : ''}`}>
      {/* Later rows of one save repeat when and who for screen readers only, so the eye sees one block. */}
      <td className="cell--nowrap history-row__when">
        <time dateTime={record.at} className={continued ? 'visually-hidden' : undefined}>
          {format.dateTime(record.at)}
        </time>
      </td>
      <td className="cell--name history-row__who">
        <bdi className={continued ? 'visually-hidden' : undefined}>{actor ?? t('caseRecords.history.unknownActor')}</bdi>
      </td>
      <th scope="row" className="cell--text history-row__what">
        <BidiText text={row.what} />
      </th>
      <td className="cell--text history-row__value">
        <bdi>{row.before}</bdi>
      </td>
      <td className="cell--text history-row__value history-row__value--after">
        <bdi>{row.after}</bdi>
      </td>
    </tr>
  );
}
