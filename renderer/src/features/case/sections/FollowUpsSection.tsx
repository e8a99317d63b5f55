/**
 * Follow-ups of a case: open ones first by due date, then done ones. Overdue
 * and soon-due follow-ups stand out with a word, not colour alone. Removing
 * one is a recorded change.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/keys';
import { followUpUrgency } from '../../../../../shared/domain/follow-up-urgency';
import { localIsoDate } from '../../../../../shared/domain/partial-date';
import type { Case } from '../../../../../shared/schemas/case';
import type { FollowUp } from '../../../../../shared/schemas/follow-up';
import { useSession } from '../../../app/session';
import { useRepositories } from '../../../data/context';
import { DataError } from '../../../data/errors';
import { useFormatters } from '../../../i18n/format';
import { ActionButton } from '../records/ActionButton';
import { ConfirmRemoval } from '../records/ConfirmRemoval';
import { FollowUpForm } from '../records/FollowUpForm';
import { useCaseFollowUps, useStaffById } from '../records/hooks';
import { UrgencyBadge } from '../records/UrgencyBadge';
import '../records/records.css';

const COLUMN_COUNT = 5;

type Editing = { kind: 'add' } | { kind: 'edit'; id: string } | null;

export function FollowUpsSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { followUps: repository } = useRepositories();
  const { profile } = useSession();
  const headingId = useId();
  const followUps = useCaseFollowUps(caseRecord.id);
  const staffById = useStaffById();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const today = localIsoDate(new Date());
  const edited = editing?.kind === 'edit' ? followUps?.find((f) => f.id === editing.id) : undefined;
  const open = followUps?.filter((f) => !f.done) ?? [];
  const overdue = open.filter((f) => followUpUrgency(f, today) === 'overdue').length;

  /** Runs a write on one follow-up and says what happened, or why not. */
  const act = async (write: () => Promise<unknown>, done: string) => {
    setFailure(null);
    setMessage('');
    try {
      await write();
      setMessage(done);
    } catch (error) {
      setFailure(error instanceof DataError ? error.messageKey : 'errors.unexpected');
    }
  };

  const toggleDone = (f: FollowUp) =>
    act(
      () => repository.update(f.id, f.version, { title: f.title, dueOn: f.dueOn, assigneeId: f.assigneeId, done: !f.done }, profile.id),
      t(f.done ? 'caseRecords.followUps.reopened' : 'caseRecords.followUps.doneMessage', { title: f.title }),
    );

  const remove = async (f: FollowUp) => {
    setRemoving(null);
    if (editing?.kind === 'edit' && editing.id === f.id) setEditing(null);
    await act(() => repository.remove(f.id, f.version, profile.id), t('caseRecords.followUps.removed', { title: f.title }));
  };

  return (
    <section aria-labelledby={headingId} className="records-section">
      <h2 id={headingId}>{t('caseRecords.followUps.title')}</h2>
      {followUps && followUps.length > 0 ? (
        <p className="follow-up-summary">
          {t('caseRecords.followUps.summary', { count: open.length })}
          {overdue > 0 ? (
            <>
              {' · '}
              <strong className="follow-up-summary__overdue">{t('caseRecords.followUps.overdueCount', { count: overdue })}</strong>
            </>
          ) : null}
        </p>
      ) : null}
      <p role="status" className="records-message">
        {message}
      </p>
      {failure ? (
        <p role="alert" className="records-alert">
          {t(failure)}
        </p>
      ) : null}

      {editing?.kind === 'add' ? (
        <FollowUpForm
          caseId={caseRecord.id}
          title={t('caseRecords.followUps.addTitle')}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(t('caseRecords.followUps.added', { title: saved.title }));
          }}
          onCancel={() => setEditing(null)}
        />
      ) : editing?.kind === 'edit' && edited ? (
        <FollowUpForm
          key={edited.id}
          caseId={caseRecord.id}
          followUp={edited}
          title={t('caseRecords.followUps.editTitle', { title: edited.title })}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(t('caseRecords.followUps.updated', { title: saved.title }));
          }}
          onCancel={() => setEditing(null)}
        />
      ) : editing?.kind === 'edit' && followUps !== undefined ? (
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
          {t('caseRecords.followUps.add')}
        </button>
      )}

      {followUps === undefined ? (
        <p>{t('app.loading')}</p>
      ) : followUps.length === 0 ? (
        <p className="records-empty">{t('caseRecords.followUps.empty')}</p>
      ) : (
        <div className="table-scroll records-table-scroll">
          <table className="records-table follow-up-table">
            <caption>{t('caseRecords.followUps.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseRecords.followUps.fields.title')}</th>
                <th scope="col">{t('caseRecords.followUps.fields.dueOn')}</th>
                <th scope="col">{t('caseRecords.followUps.fields.assignee')}</th>
                <th scope="col">{t('caseRecords.followUps.fields.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('caseRecords.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {followUps.map((f) => {
                const urgency = followUpUrgency(f, today);
                const assignee = f.assigneeId ? staffById?.get(f.assigneeId)?.name : undefined;
                return (
                  <FollowUpRow
                    key={f.id}
                    className={`follow-up-row follow-up-row--${urgency}`}
                    followUp={f}
                    due={format.date(f.dueOn)}
                    assignee={f.assigneeId === null ? t('caseRecords.followUps.unassigned') : (assignee ?? t('caseRecords.history.unknownActor'))}
                    badge={<UrgencyBadge urgency={urgency} />}
                    removing={removing === f.id}
                    onToggleDone={() => void toggleDone(f)}
                    onEdit={() => {
                      setMessage('');
                      setEditing({ kind: 'edit', id: f.id });
                    }}
                    onRemove={() => setRemoving(f.id)}
                    onConfirmRemove={() => void remove(f)}
                    onCancelRemove={() => setRemoving(null)}
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface FollowUpRowProps {
  className: string;
  followUp: FollowUp;
  due: string;
  assignee: string;
  badge: ReactNode;
  removing: boolean;
  onToggleDone: () => void;
  onEdit: () => void;
  onRemove: () => void;
  onConfirmRemove: () => void;
  onCancelRemove: () => void;
}

function FollowUpRow({ className, followUp, due, assignee, badge, removing, onToggleDone, onEdit, onRemove, onConfirmRemove, onCancelRemove }: FollowUpRowProps) {
  const { t } = useTranslation();
  const title = followUp.title;
  return (
    <>
      <tr className={className}>
        <th scope="row" className="cell--text">
          <bdi>{title}</bdi>
        </th>
        <td className="cell--nowrap">
          <time dateTime={followUp.dueOn}>{due}</time>
        </td>
        <td className="cell--name">
          <bdi>{assignee}</bdi>
        </td>
        <td>{badge}</td>
        <td className="cell--actions">
          <ActionButton
            visible={t(followUp.done ? 'caseRecords.followUps.reopen' : 'caseRecords.followUps.markDone')}
            name={t(followUp.done ? 'caseRecords.followUps.reopenNamed' : 'caseRecords.followUps.markDoneNamed', { title })}
            onClick={onToggleDone}
          />
          <ActionButton visible={t('caseRecords.edit')} name={t('caseRecords.followUps.editFollowUp', { title })} onClick={onEdit} />
          <ActionButton visible={t('caseRecords.remove')} name={t('caseRecords.followUps.removeFollowUp', { title })} onClick={onRemove} disabled={removing} />
        </td>
      </tr>
      {removing ? (
        <tr className="records-row--confirm">
          <td colSpan={COLUMN_COUNT}>
            <ConfirmRemoval
              label={t('caseRecords.followUps.removeFollowUp', { title })}
              question={t('caseRecords.followUps.confirmRemove', { title })}
              onConfirm={onConfirmRemove}
              onCancel={onCancelRemove}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
