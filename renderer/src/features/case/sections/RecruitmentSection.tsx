/** Recruitment: how the citizen was drawn in, promised what, by whom, and by which route. */
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import { EditableSection } from '../EditableSection';
import { RecruitmentFields, recruitmentToForm, recruitmentToInput } from '../RecruitmentFields';
import { SectionFacts } from '../SectionFacts';
import { SectionForm, useSectionForm } from '../section-form';

export function RecruitmentSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  return (
    <EditableSection
      caseRecord={caseRecord}
      title={t('casePage.tabs.recruitment')}
      view={<SectionFacts section="recruitment" caseRecord={caseRecord} />}
      form={(snapshot, done) => <RecruitmentForm snapshot={snapshot} done={done} />}
    />
  );
}

function RecruitmentForm({ snapshot, done }: { snapshot: Case; done: (saved: boolean) => void }) {
  const { form, submit, failure, stale, discard } = useSectionForm({
    section: 'recruitment',
    snapshot,
    toForm: (c: Case) => recruitmentToForm(c.recruitment),
    toInput: recruitmentToInput,
    done,
  });

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={form.formState.isSubmitting} discard={discard}>
      <RecruitmentFields form={form} prefix="" />
    </SectionForm>
  );
}
