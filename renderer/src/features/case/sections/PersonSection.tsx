/** Person: who the citizen is. Editing it also checks whether the person already has another case. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import { useSession } from '../../../app/session';
import { useRepositories } from '../../../data/context';
import type { SectionInput } from '../../../../../shared/schemas/case-edits';
import { DuplicateWarning } from '../DuplicateWarning';
import { EditableSection } from '../EditableSection';
import { PersonFields, usePersonCandidates } from '../PersonFields';
import { SectionFacts } from '../SectionFacts';
import { SectionForm, useSectionForm } from '../section-form';

type PersonValues = Omit<SectionInput<'person'>, 'otherNames' | 'languages' | 'dateOfBirth' | 'phone'> & {
  otherNames: string[];
  languages: string[];
  dateOfBirth: string;
  phone: string;
};

function toForm(caseRecord: Case): PersonValues {
  const { person } = caseRecord;
  return { ...person, otherNames: [...person.otherNames], languages: [...person.languages], dateOfBirth: person.dateOfBirth ?? '' };
}

function toInput(values: PersonValues): SectionInput<'person'> {
  return values;
}

export function PersonSection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  return (
    <EditableSection
      caseRecord={caseRecord}
      title={t('casePage.tabs.person')}
      view={<SectionFacts section="person" caseRecord={caseRecord} whenEmpty={{ 'person.dateOfBirth': 'casePage.person.dateUnknown' }} />}
      form={(snapshot, done) => <PersonForm snapshot={snapshot} done={done} />}
    />
  );
}

function PersonForm({ snapshot, done }: { snapshot: Case; done: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile } = useSession();
  const [marked, setMarked] = useState<string[]>([]);
  const { form, submit, failure, stale, discard } = useSectionForm({
    section: 'person',
    snapshot,
    toForm,
    toInput,
    done,
    afterSave: async (saved) => {
      // Only candidates still shown count: a tick on a case that no longer matches is not the officer's current choice.
      for (const otherId of marked.filter((id) => candidates.some((c) => c.case.id === id))) {
        await cases.markPossibleDuplicate(saved.id, otherId, profile.id);
      }
    },
  });
  const { isSubmitting } = form.formState;
  const candidates = usePersonCandidates(form, '', snapshot.id);

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={isSubmitting} discard={discard}>
      <PersonFields form={form} prefix="" phoneHint={t('casePage.person.phoneHint')} />
      <DuplicateWarning candidates={candidates} linked={snapshot.possibleDuplicateOf} marked={marked} onMarkedChange={setMarked} />
    </SectionForm>
  );
}
