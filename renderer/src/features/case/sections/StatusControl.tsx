/**
 * Moves the case through its lifecycle. The rules live in shared/ and are
 * applied by the data layer; a refused change is explained in an officer's
 * words. Closing asks for a reason; a closed case is reopened here too.
 * Only supervisors close here: officers request closure (features/closure).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../i18n/keys';
import type { Case } from '../../../../../shared/schemas/case';
import { CaseStatus, ClosureReason, type CaseStatusCode, type ClosureReasonCode } from '../../../../../shared/taxonomy';
import { permits } from '../../../../../shared/domain/permissions';
import { useSession } from '../../../app/session';
import { Field } from '../../../components/Field';
import { useRepositories } from '../../../data/context';
import { DataError } from '../../../data/errors';
import { useLatestClosureRequest } from '../../closure/hooks';
import { SuccessNotice } from '../../../components/Notices';

export function StatusControl({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile } = useSession();
  const closureRequested = useLatestClosureRequest(caseRecord.id)?.value?.state === 'pending';
  const closed = caseRecord.status === 'closed';
  // Officers ask a supervisor to close (Closure request below); a waiting request is decided there, not bypassed here.
  const mayClose = permits(profile, 'case.close') && !closureRequested;
  const choices = CaseStatus.codes.filter((code) => code !== caseRecord.status && (code !== 'closed' || mayClose));
  const [status, setStatus] = useState<CaseStatusCode | ''>('');
  const [closureReason, setClosureReason] = useState<ClosureReasonCode | ''>('');
  const [outcome, setOutcome] = useState<{ refused: MessageKey } | { changedTo: CaseStatusCode } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === '') return;
    setBusy(true);
    setOutcome(null);
    try {
      // The version on screen: the page is live, so it is the one the officer decided on.
      await cases.changeStatus(caseRecord.id, caseRecord.version, { status, closureReason: status === 'closed' && closureReason !== '' ? closureReason : null }, profile.id);
      setOutcome({ changedTo: status });
      setStatus('');
      setClosureReason('');
    } catch (error) {
      if (!(error instanceof DataError)) console.error('Status change failed:', error instanceof Error ? error.name : typeof error);
      setOutcome({ refused: error instanceof DataError ? error.messageKey : 'errors.unexpected' });
    } finally {
      setBusy(false);
    }
  };

  if (!permits(profile, 'case.edit', caseRecord)) return null;

  return (
    <form className="status-control" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('casePage.status.legend')}</legend>
        {closed ? <p className="field__hint">{t('casePage.status.reopenHint')}</p> : null}
        {closureRequested && permits(profile, 'case.approveClosure') ? <p className="field__hint">{t('closure.supervisorHint')}</p> : null}
        <div className="status-control__row">
          <Field label={t('casePage.status.newStatus')}>
            <select
              value={status}
              onChange={(event) => {
                setStatus(event.target.value as CaseStatusCode | '');
                // A refusal or confirmation speaks of the previous choice; a new choice makes it stale.
                setOutcome(null);
              }}
            >
              <option value="">{t('newCase.choose')}</option>
              {choices.map((code) => (
                <option key={code} value={code}>
                  {t(`taxonomy.caseStatus.${code}`)}
                </option>
              ))}
            </select>
          </Field>
          {status === 'closed' ? (
            <Field label={t('casePage.status.closureReason')} required>
              <select value={closureReason} onChange={(event) => setClosureReason(event.target.value as ClosureReasonCode | '')}>
                <option value="">{t('newCase.choose')}</option>
                {ClosureReason.codes.map((code) => (
                  <option key={code} value={code}>
                    {t(`taxonomy.closureReason.${code}`)}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          <button type="submit" className="button button--primary" disabled={busy || status === ''}>
            {t(closed ? 'casePage.status.reopen' : 'casePage.status.change')}
          </button>
        </div>
        {outcome && 'refused' in outcome ? (
          <p role="alert" className="error-summary">
            {t(outcome.refused)}
          </p>
        ) : null}
        <SuccessNotice message={outcome && 'changedTo' in outcome ? t('casePage.status.changed', { status: t(`taxonomy.caseStatus.${outcome.changedTo}`) }) : ''} />
      </fieldset>
    </form>
  );
}
