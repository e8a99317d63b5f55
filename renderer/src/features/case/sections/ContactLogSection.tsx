/**
 * The contact log of a case: every attempt to reach the citizen or someone
 * about them, newest first, with the contact status derived from it. Entries
 * are added, edited and removed; a removal is a recorded change, never silent.
 */
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import type { CaseFile } from '../../../data/repositories/case-file';
import type { ContactEntry } from '../../../../../shared/schemas/contact';
import { useSession } from '../../../app/session';
import { useRepositories } from '../../../data/context';
import { contactStatusOf } from '../../../../../shared/domain/case-list';
import { useFormatters } from '../../../i18n/format';
import { PrivacyNotice } from '../PrivacyNotice';
import { ContactEntryForm } from '../records/ContactEntryForm';
import type { RecordColumn } from '../records/RecordTable';
import { RecordSection } from '../records/RecordSection';
import '../records/records.css';

export function ContactLogSection({ caseRecord, file }: { caseRecord: Case; file: CaseFile }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { contactLog } = useRepositories();
  const { profile, workstation } = useSession();

  const status = contactStatusOf(caseRecord, { now: new Date().toISOString(), contactLostDays: workstation.contactLostDays });
  const when = (at: string) => format.dateTime(at);
  const notSet = t('caseRecords.notSet');
  const columns: RecordColumn<ContactEntry>[] = [
    { header: t('caseRecords.contactLog.fields.at'), rowHeader: true, className: 'cell--nowrap', cell: (e) => <time dateTime={e.at}>{when(e.at)}</time> },
    { header: t('caseRecords.contactLog.fields.direction'), cell: (e) => t(`taxonomy.contactDirection.${e.direction}`) },
    { header: t('caseRecords.contactLog.fields.channel'), cell: (e) => t(`taxonomy.contactChannel.${e.channel}`) },
    { header: t('caseRecords.contactLog.fields.with'), cell: (e) => t(`taxonomy.contactWith.${e.with}`) },
    {
      header: t('caseRecords.contactLog.fields.outcome'),
      cell: (e) => <span className={`outcome outcome--${e.outcome}`}>{t(`taxonomy.contactOutcome.${e.outcome}`)}</span>,
    },
    { header: t('caseRecords.contactLog.fields.summary'), className: 'cell--text', cell: (e) => <bdi>{e.summary || notSet}</bdi> },
    { header: t('caseRecords.contactLog.fields.followUpDue'), className: 'cell--nowrap', cell: (e) => (e.followUpDue ? format.date(e.followUpDue) : notSet) },
  ];

  return (
    <RecordSection
      title={t('caseRecords.contactLog.title')}
      intro={
        <>
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
        </>
      }
      records={file.contactLog}
      addLabel={t('caseRecords.contactLog.add')}
      emptyText={t('caseRecords.contactLog.empty')}
      table={{ caption: t('caseRecords.contactLog.tableCaption'), className: 'contact-table', columns }}
      texts={(entry) => ({
        edit: t('caseRecords.contactLog.editEntry', { when: when(entry.at) }),
        remove: t('caseRecords.contactLog.removeEntry', { when: when(entry.at) }),
        confirmRemove: t('caseRecords.contactLog.confirmRemove', { when: when(entry.at) }),
        removed: t('caseRecords.contactLog.removed', { when: when(entry.at) }),
      })}
      remove={(entry) => contactLog.remove(entry.id, entry.version, profile.id)}
      form={({ record, onSaved, onCancel }) => (
        <ContactEntryForm
          caseId={caseRecord.id}
          record={record}
          title={record ? t('caseRecords.contactLog.editTitle', { when: when(record.at) }) : t('caseRecords.contactLog.addTitle')}
          onSaved={(saved, kind) => onSaved(t(kind === 'added' ? 'caseRecords.contactLog.added' : 'caseRecords.contactLog.updated', { when: when(saved.at) }))}
          onCancel={onCancel}
        />
      )}
    />
  );
}
