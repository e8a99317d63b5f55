/** Overview: where the case stands, who has it, and what it is linked to. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Case } from '../../../../../shared/schemas/case';
import { CaseFlag } from '../../../../../shared/taxonomy';
import { Field } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import { useStaffList } from '../../../data/hooks';
import type { SectionInput } from '../../../../../shared/schemas/case-edits';
import { useFormatters } from '../../../i18n/format';
import { ClosurePanel } from '../../closure/ClosurePanel';
import { ReassignControl } from '../../reassign/ReassignControl';
import { EditableSection } from '../EditableSection';
import { Facts } from '../Facts';
import { useCasesById, useContactStatus, useGroupsById } from '../hooks';
import { SectionForm, useSectionForm } from '../section-form';
import { StatusControl } from './StatusControl';

type OverviewValues = SectionInput<'overview'>;

function toForm(caseRecord: Case): OverviewValues {
  return { priority: caseRecord.priority, flags: [...caseRecord.flags], notes: caseRecord.notes };
}

/** The assigned officer is not edited here: reassignment is a supervisor's action with a reason. */
function toInput(values: OverviewValues): SectionInput<'overview'> {
  return values;
}

export function OverviewSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const staff = useStaffList();
  const contactStatus = useContactStatus(caseRecord);
  const groups = useGroupsById(caseRecord.groupIds);
  const duplicates = useCasesById(caseRecord.possibleDuplicateOf);
  const assignee = staff?.find((s) => s.id === caseRecord.assigneeId);
  const { derived } = caseRecord;

  return (
    <>
      <EditableSection
        caseRecord={caseRecord}
        title={t('casePage.tabs.overview')}
        view={
          <Facts
            facts={[
              {
                term: t('fields.status'),
                value: caseRecord.closureReason
                  ? t('casePage.header.closedWithReason', { reason: t(`taxonomy.closureReason.${caseRecord.closureReason}`) })
                  : t(`taxonomy.caseStatus.${caseRecord.status}`),
              },
              { term: t('fields.priority'), value: t(`taxonomy.priority.${caseRecord.priority}`) },
              { term: t('fields.assignedOfficer'), value: assignee ? <bdi>{assignee.name}</bdi> : t('casePage.overview.unassigned') },
              { term: t('casePage.header.contactStatus'), value: t(`taxonomy.contactStatus.${contactStatus}`) },
              {
                term: t('casePage.overview.lastContactOn'),
                value: derived.lastContactAt ? format.dateTime(derived.lastContactAt) : t('casePage.overview.noContactYet'),
              },
              {
                term: t('casePage.overview.nextStep'),
                value: derived.nextStep ? t(`taxonomy.repatriationStep.${derived.nextStep}`) : t('casePage.overview.allStepsDone'),
              },
              { term: t('fields.openedOn'), value: format.date(caseRecord.openedOn) },
              { term: t('fields.flags'), value: caseRecord.flags.length ? caseRecord.flags.map((f) => t(`taxonomy.caseFlag.${f}`)).join(', ') : t('casePage.none') },
              {
                term: t('casePage.overview.groups'),
                value:
                  groups && groups.length > 0 ? (
                    <ul className="facts__list">
                      {groups.map((group) => (
                        <li key={group.id}>
                          <Link to={`/groups/${group.id}`}>
                            <bdi>{group.name}</bdi>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('casePage.overview.noGroups')
                  ),
              },
              {
                term: t('casePage.overview.possibleDuplicates'),
                value:
                  duplicates && duplicates.length > 0 ? (
                    <ul className="facts__list">
                      {duplicates.map((other) => (
                        <li key={other.id}>
                          <Link to={`/cases/${other.id}`}><bdi dir="ltr">{other.reference}</bdi></Link> <bdi>{other.person.fullName}</bdi>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('casePage.overview.noDuplicates')
                  ),
              },
              { term: t('fields.notes'), value: caseRecord.notes ? <bdi className="facts__text">{caseRecord.notes}</bdi> : null },
            ]}
          />
        }
        form={(snapshot, done) => <OverviewForm snapshot={snapshot} done={done} />}
      />
      <StatusControl caseRecord={caseRecord} />
      <ReassignControl caseRecord={caseRecord} assigneeName={assignee?.name} />
      <ClosurePanel caseRecord={caseRecord} />
    </>
  );
}

function OverviewForm({ snapshot, done }: { snapshot: Case; done: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { form, submit, failure, stale, discard } = useSectionForm({ section: 'overview', snapshot, toForm, toInput, done });
  const { errors, isSubmitting } = form.formState;

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={isSubmitting} discard={discard}>
      <Field label={t('fields.priority')} error={errors.priority?.message}>
        <VocabularySelect vocabulary="priority" {...form.register('priority')} />
      </Field>
      <fieldset className="choice-group">
        <legend>{t('fields.flags')}</legend>
        {CaseFlag.codes.map((code) => (
          <label key={code} className="choice-group__option">
            <input type="checkbox" value={code} {...form.register('flags')} />
            {t(`taxonomy.caseFlag.${code}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('fields.notes')} error={errors.notes?.message}>
        <textarea rows={4} dir="auto" {...form.register('notes')} />
      </Field>
    </SectionForm>
  );
}
