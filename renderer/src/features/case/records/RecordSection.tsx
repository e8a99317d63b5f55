/**
 * A case section of records that are added, edited and removed in place (the
 * contact log, follow-ups): what happened last, one form open at a time above
 * the table, and a removal confirmed in the row before it is recorded.
 */
import { Fragment, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataError } from '../../../data/errors';
import { ActionButton } from './ActionButton';
import { ConfirmRemoval } from './ConfirmRemoval';
import { RecordTable, type RecordColumn } from './RecordTable';
import type { MessageKey } from '../../../i18n/keys';
import { BidiText } from '../../../components/BidiText';

type Editing = { kind: 'add' } | { kind: 'edit'; id: string } | null;

/** Runs a write and says what happened, or why not; true when it was done. */
export type Act = (write: () => Promise<unknown>, done: string) => Promise<boolean>;

export interface RecordFormSlot<R> {
  /** The record to edit, kept live; absent when adding one. */
  record: R | undefined;
  /** Close the form and announce what was saved. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** What the buttons and messages of one record say, e.g. "Remove contact on 12 Mar 2026, 10:00". */
export interface RecordTexts {
  edit: string;
  remove: string;
  confirmRemove: string;
  removed: string;
}

interface RecordSectionProps<R extends { id: string }> {
  title: string;
  /** Shown under the heading, before what happened last. */
  intro?: ReactNode;
  records: readonly R[] | undefined;
  addLabel: string;
  emptyText: string;
  /** The table of records: its caption, class and columns, and a class for each row. */
  table: { caption: string; className: string; columns: readonly RecordColumn<R>[]; rowClassName?: (record: R) => string };
  texts: (record: R) => RecordTexts;
  /** Actions of a row before Edit and Remove. */
  moreActions?: (record: R, act: Act) => ReactNode;
  form: (slot: RecordFormSlot<R>) => ReactNode;
  remove: (record: R) => Promise<unknown>;
}

export function RecordSection<R extends { id: string }>(props: RecordSectionProps<R>) {
  const { title, intro, records, addLabel, emptyText, table, texts, moreActions, form, remove } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const edited = editing?.kind === 'edit' ? records?.find((r) => r.id === editing.id) : undefined;

  const act: Act = async (write, done) => {
    setFailure(null);
    setMessage('');
    try {
      await write();
      setMessage(done);
      return true;
    } catch (error) {
      setFailure(error instanceof DataError ? error.messageKey : 'errors.unexpected');
      return false;
    }
  };

  const confirmRemove = async (record: R) => {
    setRemoving(null);
    if (await act(() => remove(record), texts(record).removed)) {
      setEditing((current) => (current?.kind === 'edit' && current.id === record.id ? null : current));
    }
  };

  const open = (next: Editing) => {
    setMessage('');
    setEditing(next);
  };
  const slot = (record: R | undefined): RecordFormSlot<R> => ({
    record,
    onSaved: (saved) => {
      setEditing(null);
      setMessage(saved);
    },
    onCancel: () => setEditing(null),
  });

  return (
    <section aria-labelledby={headingId} className="records-section">
      <h2 id={headingId}>{title}</h2>
      {intro}
      <p role="status" className="records-message">
        <BidiText text={message} />
      </p>
      {failure ? (
        <p role="alert" className="records-alert">
          {t(failure)}
        </p>
      ) : null}

      {editing?.kind === 'add' ? (
        form(slot(undefined))
      ) : editing?.kind === 'edit' && edited ? (
        <Fragment key={edited.id}>{form(slot(edited))}</Fragment>
      ) : editing?.kind === 'edit' && records !== undefined ? (
        <p role="alert" className="records-alert">
          {t('errors.notFound')}
        </p>
      ) : (
        <button type="button" className="button button--primary" onClick={() => open({ kind: 'add' })}>
          {addLabel}
        </button>
      )}

      {records === undefined ? (
        <p>{t('app.loading')}</p>
      ) : records.length === 0 ? (
        <p className="records-empty">{emptyText}</p>
      ) : (
        <RecordTable
          caption={table.caption}
          className={table.className}
          columns={table.columns}
          records={records}
          rowKey={(record) => record.id}
          row={(record) => ({ className: [table.rowClassName?.(record), removing === record.id ? 'records-row--removing' : ''].filter(Boolean).join(' ') || undefined })}
          actions={(record) => {
            const { edit, remove: removeName } = texts(record);
            return (
              <>
                {moreActions?.(record, act)}
                <ActionButton visible={t('caseRecords.edit')} name={edit} onClick={() => open({ kind: 'edit', id: record.id })} />
                <ActionButton visible={t('caseRecords.remove')} name={removeName} onClick={() => setRemoving(record.id)} disabled={removing === record.id} />
              </>
            );
          }}
          below={(record) =>
            removing === record.id
              ? {
                  className: 'records-row--confirm',
                  content: (
                    <ConfirmRemoval
                      label={texts(record).remove}
                      question={texts(record).confirmRemove}
                      onConfirm={() => void confirmRemove(record)}
                      onCancel={() => setRemoving(null)}
                    />
                  ),
                }
              : null
          }
        />
      )}
    </section>
  );
}
