/** One group: its name and note, how far its cases have come, and the cases themselves. */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/case';
import { useSession } from '../../app/session';
import { useRepositories } from '../../data/context';
import { DataError } from '../../data/errors';
import type { ListContext } from '../../../../shared/domain/case-list';
import { useCaseColumns, type CaseColumn } from '../cases/case-columns';
import { CaseRowsTable } from '../cases/CaseRowsTable';
import { caseListHref } from '../cases/list/list-url';
import { caseloadReportHref } from '../reports/caseload-href';
import { GroupDetailsForm } from './GroupDetailsForm';
import { useGroup, useGroupMembers } from './hooks';
import { ProgressSummary } from './ProgressSummary';
import { FailureAlert, SuccessNotice } from '../../components/Notices';
import './groups.css';
import type { MessageKey } from '../../i18n/keys';

export function GroupPage() {
  const { t } = useTranslation();
  const groupId = useParams().groupId ?? '';
  const { profile, workstation } = useSession();
  const { groups } = useRepositories();
  const group = useGroup(groupId);
  const members = useGroupMembers(groupId, workstation.contactLostDays);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<MessageKey | null>(null);

  if (group === undefined || members === undefined) return <p role="status">{t('app.loading')}</p>;
  if (group === null) {
    return (
      <section aria-labelledby="group-title">
        <h1 id="group-title">{t('groups.title')}</h1>
        <p role="alert">{t('groups.notFound')}</p>
        <Link to="/groups">{t('groups.backToGroups')}</Link>
      </section>
    );
  }

  const remove = async (caseId: string, reference: string) => {
    setFailure(null);
    try {
      await groups.removeCases(group.id, [caseId], profile.id);
      setAnnouncement(t('groups.removed', { reference }));
    } catch (error) {
      if (!(error instanceof DataError)) console.error('Removing a case from a group failed:', error instanceof Error ? error.name : typeof error);
      setFailure(error instanceof DataError ? error.messageKey : 'errors.unexpected');
    }
  };

  return (
    <section aria-labelledby="group-title" className="group-page">
      <p className="group-page__back">
        <Link to="/groups">{t('groups.backToGroups')}</Link>
      </p>
      <div className="page-header">
        <h1 id="group-title" className="group-page__title">
          <bdi>{group.name}</bdi>
        </h1>
        <div className="group-page__actions">
          <Link className="button" to={caseListHref({ groupId: group.id })}>
            {t('groups.openInList')}
          </Link>
          <Link className="button" to={caseloadReportHref({ groupId: group.id })}>
            {t('reports.caseload.open')}
          </Link>
          {editing ? null : (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('groups.edit')}
            </button>
          )}
        </div>
      </div>
      <SuccessNotice message={announcement} />
      <FailureAlert failure={failure} className="form-failure" />
      {editing ? (
        <GroupDetailsForm
          group={group}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setAnnouncement(t('groups.saved'));
          }}
        />
      ) : (
        <p className="group-page__note">{group.note ? <bdi>{group.note}</bdi> : <span className="muted">{t('groups.noNote')}</span>}</p>
      )}
      <h2>{t('groups.progressTitle')}</h2>
      <ProgressSummary progress={members.progress} />
      <h2>{t('groups.membersTitle')}</h2>
      {members.members.length === 0 ? (
        <div className="empty-state">
          <p>{t('groups.emptyMembersHint')}</p>
        </div>
      ) : (
        <MemberTable members={members.members} context={members.context} onRemove={(c) => void remove(c.id, c.reference)} />
      )}
    </section>
  );
}

function MemberTable({ members, context, onRemove }: { members: readonly Case[]; context: ListContext; onRemove: (member: Case) => void }) {
  const { t } = useTranslation();
  const columns = useCaseColumns(['reference', 'name', 'nationality', 'status', 'contactStatus'], context);
  const removeColumn: CaseColumn<Case> = {
    id: 'remove',
    header: t('groups.actions'),
    cell: (c) => (
      <button type="button" className="button" aria-label={t('groups.removeCase', { reference: c.reference })} onClick={() => onRemove(c)}>
        {t('groups.remove')}
      </button>
    ),
  };
  return <CaseRowsTable caption={t('groups.membersCaption')} columns={[...columns, removeColumn]} rows={members} />;
}
