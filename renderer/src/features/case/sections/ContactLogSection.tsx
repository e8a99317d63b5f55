/**
 * The contact log of a case: every attempt to reach the citizen or someone
 * about them, newest first, with the contact status derived from it. Entries
 * are added, edited and removed; a removal is a recorded change, never silent.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/keys';
import type { Case } from '../../../../../shared/schemas/case';
import type { ContactEntry } from '../../../../../shared/schemas/contact';
import { useSession } from '../../../app/session';
import { useRepositories } from '../../../data/context';
import { DataError } from '../../../data/errors';
import { contactStatusOf } from '../../../../../shared/domain/case-list';
import { useFormatters } from '../../../i18n/format';
import { PrivacyNotice } from '../PrivacyNotice';
import { ActionButton } from '../records/ActionButton';
import { ConfirmRemoval } from '../records/ConfirmRemoval';
import { ContactEntryForm } from '../records/ContactEntryForm';
import { useContactLog } from '../records/hooks';
import '../records/records.css';

const COLUMN_COUNT = 8;

type Editing = { kind: 'add' } | { kind: 'edit'; id: string } | null;

export function ContactLogSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { contactLog } = useRepositories();
  const { profile, workstation } = useSession();
  const headingId = useId();
  const entries = useContactLog(caseRecord.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<MessageKey | null>(null);

  const status = contactStatusOf(caseRecord, { now: new Date().toISOString(), contactLostDays: workstation.contactLostDays });
  const when = (at: string) => format.dateTime(at);
  const edited = editing?.kind === 'edit' ? entries?.find((e) => e.id === editing.id) : undefined;

  const remove = async (entry: ContactEntry) => {
    setFailure(null);
    try {
      await contactLog.remove(entry.id, entry.version, profile.id);
      setRemoving(null);
      if (editing?.kind === 'edit' && editing.id === entry.id) setEditing(null);
      setMessage(t('caseRecords.contactLog.removed', { when: when(entry.at) }));
    } catch (error) {
      setRemoving(null);
      setFailure(error instanceof DataError ? error.messageKey : 'errors.unexpected');
    }
  };

  return (
    <section aria-labelledby={headingId} className="records-section">
      <h2 id={headingId}>{t('caseRecords.contactLog.title')}</h2>
      <PrivacyNotice caseRecord={caseRecord} />
      <div className={`contact-status-panel contact-status-panel--${status}`}>
        <p role="status" className="contact-status-panel__status">
          <span className="contact-status-panel__label">{t('caseRecords.contactLog.statusLabel')}</span>{' '}
          <strong>{t(`taxonomy.contactStatus.${status}`)}</strong>
        </p>
        <dl className="contact-status-panel__facts">
          <div>
            <dt>{t('caseRecords.contactLog.lastContact')}</dt>
            <dd>{caseRecord.derived.lastContactAt ? when(caseRecord.derived.lastContactAt) : t('caseRecords.contactLog.never')}</dd>
          </div>
          <div>
            <dt>{t('caseRecords.contactLog.lastAttempt')}</dt>
            <dd>{caseRecord.derived.lastAttemptAt ? when(caseRecord.derived.lastAttemptAt) : t('caseRecords.contactLog.never')}</dd>
          </div>
        </dl>
      </div>

      <p role="status" className="records-message">
        {message}
      </p>
      {failure ? (
        <p role="alert" className="records-alert">
          {t(failure)}
        </p>
      ) : null}

      {editing?.kind === 'add' ? (
        <ContactEntryForm
          caseId={caseRecord.id}
          title={t('caseRecords.contactLog.addTitle')}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(t('caseRecords.contactLog.added', { when: when(saved.at) }));
          }}
          onCancel={() => setEditing(null)}
        />
      ) : editing?.kind === 'edit' && edited ? (
        <ContactEntryForm
          key={edited.id}
          caseId={caseRecord.id}
          entry={edited}
          title={t('caseRecords.contactLog.editTitle', { when: when(edited.at) })}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(t('caseRecords.contactLog.updated', { when: when(saved.at) }));
          }}
          onCancel={() => setEditing(null)}
        />
      ) : editing?.kind === 'edit' && entries !== undefined ? (
        <p role="alert" className="records-alert">
          {t('errors.notFound')}
        </p>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setMessage('');
            setEditing({ kind: 'add' });
          }}
        >
          {t('caseRecords.contactLog.add')}
        </button>
      )}

      {entries === undefined ? (
        <p>{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="records-empty">{t('caseRecords.contactLog.empty')}</p>
      ) : (
        <div className="table-scroll records-table-scroll">
          <table className="records-table contact-table">
            <caption>{t('caseRecords.contactLog.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseRecords.contactLog.fields.at')}</th>
                <th scope="col">{t('caseRecords.contactLog.fields.direction')}</th>
                <th scope="col">{t('caseRecords.contactLog.fields.channel')}</th>
                <th scope="col">{t('caseRecords.contactLog.fields.with')}</th>
                <th scope="col">{t('caseRecords.contactLog.fields.outcome')}</th>
                <th scope="col">{t('caseRecords.contactLog.fields.summary')}</th>
                <th scope="col">{t('caseRecords.contactLog.fields.followUpDue')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('caseRecords.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <ContactRow
                  key={entry.id}
                  entry={entry}
                  when={when(entry.at)}
                  removing={removing === entry.id}
                  onEdit={() => {
                    setMessage('');
                    setEditing({ kind: 'edit', id: entry.id });
                  }}
                  onRemove={() => setRemoving(entry.id)}
                  onConfirmRemove={() => void remove(entry)}
                  onCancelRemove={() => setRemoving(null)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface ContactRowProps {
  entry: ContactEntry;
  when: string;
  removing: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onConfirmRemove: () => void;
  onCancelRemove: () => void;
}

function ContactRow({ entry, when, removing, onEdit, onRemove, onConfirmRemove, onCancelRemove }: ContactRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      <tr className={removing ? 'records-row--removing' : undefined}>
        <th scope="row" className="cell--nowrap">
          <time dateTime={entry.at}>{when}</time>
        </th>
        <td>{t(`taxonomy.contactDirection.${entry.direction}`)}</td>
        <td>{t(`taxonomy.contactChannel.${entry.channel}`)}</td>
        <td>{t(`taxonomy.contactWith.${entry.with}`)}</td>
        <td>
          <span className={`outcome outcome--${entry.outcome}`}>{t(`taxonomy.contactOutcome.${entry.outcome}`)}</span>
        </td>
        <td className="cell--text">
          <bdi>{entry.summary || t('caseRecords.notSet')}</bdi>
        </td>
        <td className="cell--nowrap">{entry.followUpDue ? format.date(entry.followUpDue) : t('caseRecords.notSet')}</td>
        <td className="cell--actions">
          <ActionButton visible={t('caseRecords.edit')} name={t('caseRecords.contactLog.editEntry', { when })} onClick={onEdit} />
          <ActionButton
            visible={t('caseRecords.remove')}
            name={t('caseRecords.contactLog.removeEntry', { when })}
            onClick={onRemove}
            disabled={removing}
          />
        </td>
      </tr>
      {removing ? (
        <tr className="records-row--confirm">
          <td colSpan={COLUMN_COUNT}>
            <ConfirmRemoval
              label={t('caseRecords.contactLog.removeEntry', { when })}
              question={t('caseRecords.contactLog.confirmRemove', { when })}
              onConfirm={onConfirmRemove}
              onCancel={onCancelRemove}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
