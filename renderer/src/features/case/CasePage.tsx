/**
 * The officer's case file: a header that says where the case stands, and its
 * sections as tabs. The case and its records are one live read (the case
 * file), so a change saved in another window shows here at once, and a tab
 * shows its records without a read of its own.
 */
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/keys';
import { permits } from '../../../../shared/domain/permissions';
import type { Case } from '../../../../shared/schemas/case';
import type { CaseFile } from '../../data/repositories/case-file';
import { useSession } from '../../app/session';
import { CaseAccessLog } from '../access-log/CaseAccessLog';
import { useRecordCaseOpening } from '../access-log/record-opening';
import { ClosureBadge } from '../closure/ClosureBadge';
import { useLatestClosureRequest } from '../closure/hooks';
import { CaseTabs, type CaseTab } from './CaseTabs';
import { useCaseFile, useContactStatus } from './hooks';
import { ContactLogSection } from './sections/ContactLogSection';
import { FollowUpsSection } from './sections/FollowUpsSection';
import { HistorySection } from './sections/HistorySection';
import { OverviewSection } from './sections/OverviewSection';
import { PersonSection } from './sections/PersonSection';
import { RecruitmentSection } from './sections/RecruitmentSection';
import { ReportedBySection } from './sections/ReportedBySection';
import { StepsSection } from './sections/StepsSection';
import { WhereaboutsSection } from './sections/WhereaboutsSection';
import './case-page.css';
import { ConflictBadge } from '../sync/ConflictBadge';
import { useCasesWithConflicts } from '../sync/context';

type SectionComponent = (props: { caseRecord: Case; file: CaseFile }) => ReactNode;

/** Each section: its address (`/cases/:id/<slug>`), its tab label, and what it shows. */
const SECTIONS: readonly { slug: string; label: MessageKey; Component: SectionComponent }[] = [
  { slug: 'overview', label: 'casePage.tabs.overview', Component: OverviewSection },
  { slug: 'person', label: 'casePage.tabs.person', Component: PersonSection },
  { slug: 'reported-by', label: 'casePage.tabs.reportedBy', Component: ReportedBySection },
  { slug: 'whereabouts', label: 'casePage.tabs.whereabouts', Component: WhereaboutsSection },
  { slug: 'recruitment', label: 'casePage.tabs.recruitment', Component: RecruitmentSection },
  { slug: 'contact-log', label: 'casePage.tabs.contactLog', Component: ContactLogSection },
  { slug: 'steps', label: 'casePage.tabs.steps', Component: StepsSection },
  { slug: 'follow-ups', label: 'casePage.tabs.followUps', Component: FollowUpsSection },
  { slug: 'history', label: 'casePage.tabs.history', Component: HistorySection },
];

/** Supervisors only: who opened the case, and when. */
const ACCESS_LOG_SECTION: (typeof SECTIONS)[number] = { slug: 'access-log', label: 'accessLog.tab', Component: CaseAccessLog };

export function CasePage() {
  const { caseId = '' } = useParams();
  // A fresh page for each case: nothing typed for one case may carry over to another.
  return <CaseFileView key={caseId} caseId={caseId} />;
}

function CaseFileView({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const requested = useParams()['*'] ?? '';
  const found = useCaseFile(caseId);
  const { profile } = useSession();
  useRecordCaseOpening(caseId, found?.value !== undefined);

  if (found === undefined) return <p role="status">{t('app.loading')}</p>;
  const file = found.value;
  if (!file) {
    return (
      <section className="empty-state" aria-labelledby="case-not-found">
        <h1 id="case-not-found">{t('casePage.notFound')}</h1>
        <Link to="/">{t('casePage.backToList')}</Link>
      </section>
    );
  }

  const caseRecord = file.case;
  // Before History, which stays the last tab for everyone.
  const sections = permits(profile, 'accessLog.read') ? [...SECTIONS.slice(0, -1), ACCESS_LOG_SECTION, ...SECTIONS.slice(-1)] : SECTIONS;
  const selected = sections.some((s) => s.slug === requested) ? requested : 'overview';
  const tabs: CaseTab[] = sections.map(({ slug, label, Component }) => ({
    slug,
    label: t(label),
    render: () => <Component caseRecord={caseRecord} file={file} />,
  }));

  return (
    <article className="case-page" aria-labelledby={`case-title-${caseRecord.id}`}>
      <CaseHeader caseRecord={caseRecord} />
      <CaseTabs
        label={t('casePage.sections')}
        tabs={tabs}
        selected={selected}
        onSelect={(slug) => navigate(`/cases/${caseRecord.id}/${slug}`, { replace: true })}
      />
    </article>
  );
}

function CaseHeader({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const contactStatus = useContactStatus(caseRecord);
  const closureRequested = useLatestClosureRequest(caseRecord.id)?.value?.state === 'pending';
  const conflicted = useCasesWithConflicts().has(caseRecord.id);
  const status = caseRecord.closureReason
    ? t('casePage.header.closedWithReason', { reason: t(`taxonomy.closureReason.${caseRecord.closureReason}`) })
    : t(`taxonomy.caseStatus.${caseRecord.status}`);

  return (
    <header className="case-header">
      <h1 id={`case-title-${caseRecord.id}`} className="case-header__title">
        <bdi>{caseRecord.person.fullName}</bdi>
      </h1>
      <dl className="case-header__facts">
        <div>
          <dt>{t('casePage.header.reference')}</dt>
          <dd className="case-header__reference">
            <bdi dir="ltr">{caseRecord.reference}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('casePage.header.status')}</dt>
          <dd>
            <span className={`badge badge--status-${caseRecord.status}`}>{status}</span>
            {closureRequested ? (
              <>
                {' '}
                <ClosureBadge />
              </>
            ) : null}
            {conflicted ? (
              <>
                {' '}
                <ConflictBadge />
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('casePage.header.priority')}</dt>
          <dd className={`priority--${caseRecord.priority}`}>{t(`taxonomy.priority.${caseRecord.priority}`)}</dd>
        </div>
        <div>
          <dt>{t('casePage.header.contactStatus')}</dt>
          <dd>
            <span className={`badge badge--contact-${contactStatus}`}>{t(`taxonomy.contactStatus.${contactStatus}`)}</span>
          </dd>
        </div>
        {caseRecord.flags.length > 0 ? (
          <div>
            <dt>{t('casePage.header.flags')}</dt>
            <dd>
              <ul className="case-header__flags">
                {caseRecord.flags.map((flag) => (
                  <li key={flag} className="badge badge--flag">
                    {t(`taxonomy.caseFlag.${flag}`)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {conflicted ? (
        <p className="sync-case-notice">
          {t('sync.conflicts.caseNotice')} <Link to={`/conflicts?case=${caseRecord.id}`}>{t('sync.conflicts.review')}</Link>
        </p>
      ) : null}
      <p className="case-header__report">
        <Link className="button" to={`/cases/${caseRecord.id}/report`}>
          {t('reports.case.open')}
        </Link>
      </p>
    </header>
  );
}
