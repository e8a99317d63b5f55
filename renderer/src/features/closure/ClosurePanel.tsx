/**
 * The case's closure request on its Overview: an officer asks for closure
 * here; while a request waits, everyone sees it, and a supervisor approves or
 * returns it; a returned request's note stays in view until the next one.
 */
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { permits } from '../../../../shared/domain/permissions';
import type { Case } from '../../../../shared/schemas/case';
import type { ClosureRequest } from '../../../../shared/schemas/closure-request';
import { useSession } from '../../app/session';
import { useStaffList } from '../../data/hooks';
import { useFormatters } from '../../i18n/format';
import { DecisionButtons, DecisionForm, type DecisionMode } from './ClosureDecision';
import { ClosureBadge } from './ClosureBadge';
import { useLatestClosureRequest } from './hooks';
import { RequestClosureForm } from './RequestClosureForm';
import { SuccessNotice } from '../../components/Notices';
import './closure.css';

export function ClosurePanel({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const { profile } = useSession();
  const headingId = useId();
  const latest = useLatestClosureRequest(caseRecord.id);
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<DecisionMode | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const request = latest?.value;
  const pending = request?.state === 'pending' ? request : undefined;
  const open = caseRecord.status !== 'closed';
  const returned = request?.state === 'returned' && open ? request : undefined;
  const canDecide = permits(profile, 'case.approveClosure');
  // Supervisors close a case themselves (Change status); officers ask for it.
  const canRequest = !canDecide && open && !pending && permits(profile, 'case.requestClosure', caseRecord);
  const shown = latest !== undefined && (pending || returned || canRequest);

  const done = (message: string) => {
    setRequesting(false);
    setDeciding(null);
    setAnnouncement(message);
  };

  return (
    <section aria-labelledby={shown ? headingId : undefined} className={shown ? 'closure-panel' : undefined}>
      {shown ? <h3 id={headingId}>{t('closure.panelTitle')}</h3> : null}
      <SuccessNotice message={announcement} />
      {pending ? (
        <>
          <PendingRequest request={pending} />
          {canDecide ? (
            <>
              <DecisionButtons reference={caseRecord.reference} open={deciding} onChoose={(mode) => setDeciding(deciding === mode ? null : mode)} />
              {deciding ? (
                <DecisionForm
                  key={deciding}
                  mode={deciding}
                  request={pending}
                  reference={caseRecord.reference}
                  onCancel={() => setDeciding(null)}
                  onDone={done}
                />
              ) : null}
            </>
          ) : (
            <p className="closure-panel__waiting">{t('closure.waitingFor')}</p>
          )}
        </>
      ) : null}
      {returned ? <ReturnedRequest request={returned} /> : null}
      {canRequest ? (
        requesting ? (
          <RequestClosureForm caseRecord={caseRecord} onCancel={() => setRequesting(false)} onDone={() => done(t('closure.requestSent'))} />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setAnnouncement('');
              setRequesting(true);
            }}
          >
            {t('closure.requestButton')}
          </button>
        )
      ) : null}
    </section>
  );
}

function PendingRequest({ request }: { request: ClosureRequest }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const staff = useStaffList();
  const by = staff?.find((s) => s.id === request.createdBy)?.name;
  return (
    <div className="closure-panel__request">
      <p className="closure-panel__badge">
        <ClosureBadge />
      </p>
      <dl className="closure-panel__facts">
        <div>
          <dt>{t('closure.reason')}</dt>
          <dd>{t(`taxonomy.closureReason.${request.reason}`)}</dd>
        </div>
        <div>
          <dt>{t('closure.requestedBy')}</dt>
          <dd>
            <bdi>{by ?? t('caseRecords.history.unknownActor')}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('closure.requestedOn')}</dt>
          <dd>
            <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('closure.requestNote')}</dt>
          <dd>{request.note ? <bdi className="closure-panel__note">{request.note}</bdi> : t('closure.noNote')}</dd>
        </div>
      </dl>
    </div>
  );
}

function ReturnedRequest({ request }: { request: ClosureRequest }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const staff = useStaffList();
  const by = staff?.find((s) => s.id === request.decidedBy)?.name ?? t('caseRecords.history.unknownActor');
  return (
    <div className="closure-panel__returned">
      <p>
        <Trans i18nKey="closure.lastReturned" values={{ name: by, date: format.dateTime(request.decidedAt ?? request.updatedAt) }} components={{ name: <bdi /> }} />
      </p>
      <p>
        <bdi className="closure-panel__note">{request.decisionNote}</bdi>
      </p>
    </div>
  );
}
