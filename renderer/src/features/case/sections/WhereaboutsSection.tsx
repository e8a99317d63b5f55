/** Whereabouts: where the citizen is and in what situation. */
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import type { SectionInput } from '../../../../../shared/schemas/case-edits';
import { EditableSection } from '../EditableSection';
import { PrivacyNotice } from '../PrivacyNotice';
import { SectionFacts } from '../SectionFacts';
import { SectionForm, useSectionForm } from '../section-form';
import { placeToForm, placeToInput, WhereaboutsFields, type PlaceValues } from '../WhereaboutsFields';

type WhereaboutsValues = PlaceValues & { situation: SectionInput<'whereabouts'>['situation'] };

function toForm({ whereabouts }: Case): WhereaboutsValues {
  return { situation: whereabouts.situation, ...placeToForm(whereabouts) };
}

function toInput({ situation, ...place }: WhereaboutsValues): SectionInput<'whereabouts'> {
  return { situation, ...placeToInput(place) };
}

export function WhereaboutsSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  return (
    <EditableSection
      caseRecord={caseRecord}
      title={t('casePage.tabs.whereabouts')}
      notice={<PrivacyNotice caseRecord={caseRecord} />}
      view={<SectionFacts section="whereabouts" caseRecord={caseRecord} />}
      form={(snapshot, done) => <WhereaboutsForm snapshot={snapshot} done={done} />}
    />
  );
}

function WhereaboutsForm({ snapshot, done }: { snapshot: Case; done: (saved: boolean) => void }) {
  const { form, submit, failure, stale, discard } = useSectionForm({ section: 'whereabouts', snapshot, toForm, toInput, done });
  const { isSubmitting } = form.formState;

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={isSubmitting} discard={discard}>
      <WhereaboutsFields form={form} prefix="" withSituation />
    </SectionForm>
  );
}
