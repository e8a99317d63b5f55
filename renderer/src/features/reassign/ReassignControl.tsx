/** On a case's Overview, for supervisors: give the case to another officer, with a reason. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { permits } from '../../../../shared/domain/permissions';
import type { Case } from '../../../../shared/schemas/case';
import { useSession } from '../../app/session';
import { ReassignForm } from './ReassignForm';
import { SuccessNotice } from '../../components/Notices';
import './reassign.css';

export function ReassignControl({ caseRecord, assigneeName }: { caseRecord: Case; assigneeName: string | undefined }) {
  const { t } = useTranslation();
  const { profile } = useSession();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  if (!permits(profile, 'case.reassign')) return null;

  return (
    <section className="reassign-control" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('fields.assignedOfficer')}</h3>
      <p className="reassign-control__current">{assigneeName ? <bdi>{assigneeName}</bdi> : t('reassign.unassigned')}</p>
      <SuccessNotice message={announcement} />
      {open ? (
        <ReassignForm
          caseIds={[caseRecord.id]}
          currentAssigneeId={caseRecord.assigneeId}
          legend={t('reassign.legendOne')}
          onCancel={() => setOpen(false)}
          onDone={(message) => {
            setOpen(false);
            setAnnouncement(message);
          }}
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setAnnouncement('');
            setOpen(true);
          }}
        >
          {t('reassign.button')}
        </button>
      )}
    </section>
  );
}
