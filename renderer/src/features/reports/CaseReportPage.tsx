/**
 * The report of one case, laid out for print: header, person, reported by,
 * whereabouts, recruitment, contact log, repatriation steps and follow-ups.
 * `?audience=family` makes the family-facing variant (case-report-audience.ts).
 * "Save as PDF" prints this view through the host; print CSS leaves out the
 * app around it.
 */
import { useMemo, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/case';
import type { ContactEntry } from '../../../../shared/schemas/contact';
import type { FollowUp } from '../../../../shared/schemas/follow-up';
import type { Staff } from '../../../../shared/schemas/staff';
import { compareLogOrder } from '../../../../shared/domain/contact-status';
import { useSession } from '../../app/session';
import { useFormatters } from '../../i18n/format';
import type { Messages } from '../../i18n/en';
import { useCase, useContactStatus } from '../case/hooks';
import { SectionFacts, type FactSection } from '../case/SectionFacts';
import { useCaseFollowUps, useContactLog, useStaffById } from '../case/records/hooks';
import { CONTACT_DETAILS, parseAudience, reportContents, type Audience, type ReportContents } from './case-report-audience';
import { ReportToolbar } from './ReportToolbar';
import { usePrintReport } from './use-print-report';
import './reports.css';

export function CaseReportPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const found = useCase(caseId);
  const contacts = useContactLog(caseId);
  const followUps = useCaseFollowUps(caseId);
  const staff = useStaffById();

  if (found === undefined || contacts === undefined || followUps === undefined || staff === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }
  if (!found.value) {
    return (
      <section className="empty-state" aria-labelledby="case-report-not-found">
        <h1 id="case-report-not-found">{t('casePage.notFound')}</h1>
        <Link to="/">{t('casePage.backToList')}</Link>
      </section>
    );
  }
  return <CaseReport caseRecord={found.value} contacts={contacts} followUps={followUps} staff={staff} />;
}

interface CaseReportProps {
  caseRecord: Case;
  contacts: readonly ContactEntry[];
  followUps: readonly FollowUp[];
  staff: ReadonlyMap<string, Staff>;
}

function CaseReport({ caseRecord, contacts, followUps, staff }: CaseReportProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { profile, workstation } = useSession();
  const [params, setParams] = useSearchParams();
  const audience = parseAudience(params.get('audience'));
  const contents = reportContents(audience, caseRecord);
  const contactStatus = useContactStatus(caseRecord);
  const { state: printState, print } = usePrintReport();
  const preparedAt = useMemo(() => new Date().toISOString(), []);
  const officer = caseRecord.assigneeId ? staff.get(caseRecord.assigneeId)?.name : undefined;
  const titleId = `case-report-title-${caseRecord.id}`;

  const chooseAudience = (next: Audience) => setParams(next === 'internal' ? {} : { audience: next }, { replace: true });

  // The report states its own language and direction: it is printed and read apart from the app.
  return (
    <article className={`report case-report case-report--${audience}`} aria-labelledby={titleId} lang={i18n.language} dir={i18n.dir()}>
      <ReportToolbar
        backTo={`/cases/${caseRecord.id}`}
        backLabel={t('reports.case.backToCase')}
        printState={printState}
        onPrint={() =>
          void print({
            report: `case${audience === 'family' ? '-family' : ''}:${caseRecord.reference}`,
            cases: 1,
            suggestedName: `${caseRecord.reference}-case-report${audience === 'family' ? '-family' : ''}.pdf`,
          })
        }
      >
        <fieldset className="audience-choice">
          <legend>{t('reports.case.audience')}</legend>
          {(['internal', 'family'] as const).map((value) => (
            <label key={value} className="audience-choice__option">
              <input type="radio" name="audience" value={value} checked={audience === value} onChange={() => chooseAudience(value)} />
              {t(`reports.case.audiences.${value}`)}
            </label>
          ))}
        </fieldset>
      </ReportToolbar>

      <header className="report__header">
        <p className="report__kicker">{t(audience === 'family' ? 'reports.case.kickerFamily' : 'reports.case.kickerInternal')}</p>
        <h1 id={titleId}>
          {t('reports.case.title', { reference: caseRecord.reference })}
        </h1>
        <p className="report__subject">
          <bdi>{caseRecord.person.fullName}</bdi>
        </p>
        <dl className="report__facts">
          <Fact term={t('casePage.header.reference')}>
            <bdi dir="ltr">{caseRecord.reference}</bdi>
          </Fact>
          <Fact term={t('reports.preparedOn')}>{format.dateTime(preparedAt)}</Fact>
          <Fact term={t('fields.assignedOfficer')}>{officer ? <bdi>{officer}</bdi> : t('casePage.overview.unassigned')}</Fact>
          <Fact term={t('reports.preparedBy')}>
            <bdi>{profile.name}</bdi>
          </Fact>
          <Fact term={t('reports.workstationCountry')}>{format.country(workstation.issuingCountry)}</Fact>
          <Fact term={t('fields.status')}>
            {caseRecord.closureReason
              ? t('casePage.header.closedWithReason', { reason: t(`taxonomy.closureReason.${caseRecord.closureReason}`) })
              : t(`taxonomy.caseStatus.${caseRecord.status}`)}
          </Fact>
          {contents.contactLog ? <Fact term={t('casePage.header.contactStatus')}>{t(`taxonomy.contactStatus.${contactStatus}`)}</Fact> : null}
          <Fact term={t('fields.openedOn')}>{format.date(caseRecord.openedOn)}</Fact>
        </dl>
      </header>

      {contents.withheldForConsent ? (
        <p className="report__withheld" role="note">
          {t('reports.case.withheld')}
        </p>
      ) : null}

      <SectionPart id="person" section="person" caseRecord={caseRecord} contents={contents} />
      <SectionPart id="reported-by" section="reportedBy" caseRecord={caseRecord} contents={contents} />
      {contents.whereabouts ? <SectionPart id="whereabouts" section="whereabouts" caseRecord={caseRecord} contents={contents} /> : null}
      <SectionPart id="recruitment" section="recruitment" caseRecord={caseRecord} contents={contents} />
      {contents.contactLog ? <ContactLogPart contacts={contacts} /> : null}
      <StepsPart caseRecord={caseRecord} contents={contents} />
      {contents.workingNotes ? <FollowUpsPart followUps={followUps} staff={staff} /> : null}
      {contents.workingNotes ? (
        <Part id="notes" title={t('fields.notes')}>
          {caseRecord.notes ? <p className="report__notes"><bdi>{caseRecord.notes}</bdi></p> : <p className="muted">{t('casePage.notRecorded')}</p>}
        </Part>
      ) : null}
      <p className="report__confidential">{t(audience === 'family' ? 'reports.confidentialFamily' : 'reports.confidential')}</p>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report__section" aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** One section of the case as the case page shows it, less what this report may not hold. */
function SectionPart({ id, section, caseRecord, contents }: { id: string; section: FactSection; caseRecord: Case; contents: ReportContents }) {
  const { t } = useTranslation();
  return (
    <Part id={id} title={t(`casePage.tabs.${section}`)}>
      <SectionFacts section={section} caseRecord={caseRecord} leaveOut={contents.contactDetails ? [] : CONTACT_DETAILS} />
    </Part>
  );
}

function ContactLogPart({ contacts }: { contacts: readonly ContactEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const f = (field: keyof Messages['caseRecords']['contactLog']['fields']) => t(`caseRecords.contactLog.fields.${field}`);
  const oldestFirst = [...contacts].sort(compareLogOrder);
  return (
    <Part id="contact-log" title={t('casePage.tabs.contactLog')}>
      {oldestFirst.length === 0 ? (
        <p className="muted">{t('reports.case.noContacts')}</p>
      ) : (
        <table className="report-table">
          <caption className="visually-hidden">{t('reports.case.contactLogCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{f('at')}</th>
              <th scope="col">{f('direction')}</th>
              <th scope="col">{f('channel')}</th>
              <th scope="col">{f('with')}</th>
              <th scope="col">{f('outcome')}</th>
              <th scope="col">{f('summary')}</th>
            </tr>
          </thead>
          <tbody>
            {oldestFirst.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" className="cell--date">
                  {format.dateTime(entry.at)}
                </th>
                <td>{t(`taxonomy.contactDirection.${entry.direction}`)}</td>
                <td>{t(`taxonomy.contactChannel.${entry.channel}`)}</td>
                <td>{t(`taxonomy.contactWith.${entry.with}`)}</td>
                <td>{t(`taxonomy.contactOutcome.${entry.outcome}`)}</td>
                <td className="cell--text">
                  <bdi>{entry.summary}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Part>
  );
}

function StepsPart({ caseRecord, contents }: { caseRecord: Case; contents: ReportContents }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const f = (field: keyof Messages['caseRecords']['steps']['fields']) => t(`caseRecords.steps.fields.${field}`);
  return (
    <Part id="steps" title={t('casePage.tabs.steps')}>
      <table className="report-table">
        <caption className="visually-hidden">{t('caseRecords.steps.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseRecords.steps.number')}</th>
            <th scope="col">{t('caseRecords.steps.step')}</th>
            <th scope="col">{f('state')}</th>
            <th scope="col">{f('date')}</th>
            {contents.workingNotes ? (
              <>
                <th scope="col">{f('reference')}</th>
                <th scope="col">{f('note')}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {caseRecord.steps.map((step, index) => (
            <tr key={step.step}>
              <td className="cell--number">{index + 1}</td>
              <th scope="row">{t(`taxonomy.repatriationStep.${step.step}`)}</th>
              <td className="cell--state">{t(`taxonomy.stepState.${step.state}`)}</td>
              <td className="cell--date">{step.date ? format.date(step.date) : ''}</td>
              {contents.workingNotes ? (
                <>
                  <td>
                    <bdi>{step.reference}</bdi>
                  </td>
                  <td className="cell--text">
                    <bdi>{step.note}</bdi>
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </Part>
  );
}

function FollowUpsPart({ followUps, staff }: { followUps: readonly FollowUp[]; staff: ReadonlyMap<string, Staff> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const f = (field: keyof Messages['caseRecords']['followUps']['fields']) => t(`caseRecords.followUps.fields.${field}`);
  return (
    <Part id="follow-ups" title={t('casePage.tabs.followUps')}>
      {followUps.length === 0 ? (
        <p className="muted">{t('caseRecords.followUps.empty')}</p>
      ) : (
        <table className="report-table">
          <caption className="visually-hidden">{t('caseRecords.followUps.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{f('title')}</th>
              <th scope="col">{f('dueOn')}</th>
              <th scope="col">{f('assignee')}</th>
              <th scope="col">{f('status')}</th>
            </tr>
          </thead>
          <tbody>
            {followUps.map((followUp) => {
              const assignee = followUp.assigneeId ? staff.get(followUp.assigneeId)?.name : undefined;
              return (
                <tr key={followUp.id}>
                  <th scope="row" className="cell--text">
                    <bdi>{followUp.title}</bdi>
                  </th>
                  <td className="cell--date">{format.date(followUp.dueOn)}</td>
                  <td>{assignee ? <bdi>{assignee}</bdi> : t('caseRecords.followUps.unassigned')}</td>
                  <td>{t(followUp.done ? 'caseRecords.urgency.done' : 'caseRecords.urgency.later')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Part>
  );
}
