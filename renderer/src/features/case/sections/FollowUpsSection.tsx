/**
 * Follow-ups of a case: open ones first by due date, then done ones. Overdue
 * and soon-due follow-ups stand out with a word, not colour alone. Removing
 * one is a recorded change.
 */
import { useTranslation } from 'react-i18next';
import { followUpUrgency } from '../../../../../shared/domain/follow-up-urgency';
import { localIsoDate } from '../../../../../shared/domain/partial-date';
import type { Case } from '../../../../../shared/schemas/case';
import type { CaseFile } from '../../../data/repositories/case-file';
import type { FollowUp } from '../../../../../shared/schemas/follow-up';
import { useSession } from '../../../app/session';
import { useRepositories } from '../../../data/context';
import { useFormatters } from '../../../i18n/format';
import { ActionButton } from '../records/ActionButton';
import { FollowUpForm } from '../records/FollowUpForm';
import { useStaffById } from '../records/hooks';
import type { RecordColumn } from '../records/RecordTable';
import { RecordSection } from '../records/RecordSection';
import { UrgencyBadge } from '../records/UrgencyBadge';
import '../records/records.css';

export function FollowUpsSection({ caseRecord, file }: { caseRecord: Case; file: CaseFile }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { followUps: repository } = useRepositories();
  const { profile } = useSession();
  const { followUps } = file;
  const staffById = useStaffById();
  const today = localIsoDate(new Date());
  const open = followUps.filter((f) => !f.done);
  const overdue = open.filter((f) => followUpUrgency(f, today) === 'overdue').length;

  const assignee = (f: FollowUp) =>
    f.assigneeId === null ? t('caseRecords.followUps.unassigned') : (staffById?.get(f.assigneeId)?.name ?? t('caseRecords.history.unknownActor'));
  const columns: RecordColumn<FollowUp>[] = [
    { header: t('caseRecords.followUps.fields.title'), rowHeader: true, className: 'cell--text', cell: (f) => <bdi>{f.title}</bdi> },
    { header: t('caseRecords.followUps.fields.dueOn'), className: 'cell--nowrap', cell: (f) => <time dateTime={f.dueOn}>{format.date(f.dueOn)}</time> },
    { header: t('caseRecords.followUps.fields.assignee'), className: 'cell--name', cell: (f) => <bdi>{assignee(f)}</bdi> },
    { header: t('caseRecords.followUps.fields.status'), cell: (f) => <UrgencyBadge urgency={followUpUrgency(f, today)} /> },
  ];

  return (
    <RecordSection
      title={t('caseRecords.followUps.title')}
      intro={
        followUps.length > 0 ? (
          <p className="follow-up-summary">
            {t('caseRecords.followUps.summary', { count: open.length })}
            {overdue > 0 ? (
              <>
                {' · '}
                <strong className="follow-up-summary__overdue">{t('caseRecords.followUps.overdueCount', { count: overdue })}</strong>
              </>
            ) : null}
          </p>
        ) : null
      }
      records={followUps}
      addLabel={t('caseRecords.followUps.add')}
      emptyText={t('caseRecords.followUps.empty')}
      table={{
        caption: t('caseRecords.followUps.tableCaption'),
        className: 'follow-up-table',
        columns,
        rowClassName: (f) => `follow-up-row follow-up-row--${followUpUrgency(f, today)}`,
      }}
      texts={({ title }) => ({
        edit: t('caseRecords.followUps.editFollowUp', { title }),
        remove: t('caseRecords.followUps.removeFollowUp', { title }),
        confirmRemove: t('caseRecords.followUps.confirmRemove', { title }),
        removed: t('caseRecords.followUps.removed', { title }),
      })}
      moreActions={(f, act) => (
        <ActionButton
          visible={t(f.done ? 'caseRecords.followUps.reopen' : 'caseRecords.followUps.markDone')}
          name={t(f.done ? 'caseRecords.followUps.reopenNamed' : 'caseRecords.followUps.markDoneNamed', { title: f.title })}
          onClick={() =>
            void act(
              () => repository.update(f.id, f.version, { title: f.title, dueOn: f.dueOn, assigneeId: f.assigneeId, done: !f.done }, profile.id),
              t(f.done ? 'caseRecords.followUps.reopened' : 'caseRecords.followUps.doneMessage', { title: f.title }),
            )
          }
        />
      )}
      remove={(f) => repository.remove(f.id, f.version, profile.id)}
      form={({ record, onSaved, onCancel }) => (
        <FollowUpForm
          caseId={caseRecord.id}
          record={record}
          title={record ? t('caseRecords.followUps.editTitle', { title: record.title }) : t('caseRecords.followUps.addTitle')}
          onSaved={(saved, kind) => onSaved(t(kind === 'added' ? 'caseRecords.followUps.added' : 'caseRecords.followUps.updated', { title: saved.title }))}
          onCancel={onCancel}
        />
      )}
    />
  );
}
