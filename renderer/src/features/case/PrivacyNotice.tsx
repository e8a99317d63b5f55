/**
 * The privacy waiver, made visible where it matters: without the reporter's
 * consent to share updates, the officer must not pass on the citizen's
 * whereabouts to the family.
 */
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/case';
import './case-page.css';

export function PrivacyNotice({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { consentToShare, name } = caseRecord.reportedBy;
  if (consentToShare) return null;
  return (
    <div role="note" className="privacy-notice" aria-labelledby={titleId}>
      <p className="privacy-notice__title" id={titleId}>
        {t('casePage.privacy.title')}
      </p>
      <p>
        {name ? (
          <Trans i18nKey="casePage.privacy.withName" values={{ name }} components={{ name: <bdi /> }} />
        ) : (
          t('casePage.privacy.withoutName')
        )}
      </p>
    </div>
  );
}
