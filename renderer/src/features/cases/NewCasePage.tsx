/**
 * The New case form: a family's call taken in one pass. The person (the only
 * required part), the case, who reported it, and — as far as the caller
 * knows — the whereabouts and the recruitment, in parts the officer may skip.
 * Saves nothing until every field is valid, then opens one case. While the
 * person is typed in, cases that may be the same person are shown; the
 * officer may link them as possible duplicates. Unsaved input is kept as a
 * draft while the officer is away (a lock, another screen) and the window
 * asks before it is closed or reloaded.
 */
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NewCaseInputSchema, UNKNOWN_RECRUITMENT } from '../../../../shared/domain/new-case';
import { useDraftStore } from '../../app/draft-store';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PhoneInput } from '../../components/PhoneInput';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { VocabularySelect } from '../../components/Select';
import { useConfirmLeave } from '../../components/use-confirm-leave';
import { useRepositories } from '../../data/context';
import { useSave } from '../../data/use-save';
import { convertingResolver } from '../case/converting-resolver';
import { DuplicateWarning } from '../case/DuplicateWarning';
import { PersonFields, usePersonCandidates } from '../case/PersonFields';
import { RecruitmentFields, recruitmentToForm, recruitmentToInput, type RecruitmentValues } from '../case/RecruitmentFields';
import { EMPTY_PLACE_VALUES, placeToInput, WhereaboutsFields, type PlaceValues } from '../case/WhereaboutsFields';
import { FormActions } from '../../components/FormActions';
import { SuccessNotice } from '../../components/Notices';
import { IntakeSection } from './IntakeSection';

type CaseInput = z.input<typeof NewCaseInputSchema>;

/** What the form holds: the input, with the whereabouts and recruitment as their fields hold them. */
interface FormValues extends Omit<CaseInput, 'whereabouts' | 'recruitment'> {
  whereabouts: PlaceValues;
  recruitment: RecruitmentValues;
}

/** The parts an officer may skip. */
type SkippablePart = 'reportedBy' | 'whereabouts' | 'recruitment';

const emptyForm: FormValues = {
  person: {
    fullName: '',
    otherNames: [],
    dateOfBirth: '',
    sex: 'unknown',
    nationality: '',
    passportNumber: '',
    nationalIdNumber: '',
    homeTown: '',
    languages: [],
    phone: '',
    messengerHandle: '',
  },
  priority: 'normal',
  situation: 'unknown',
  reportedBy: { name: '', relationship: '', phone: '', email: '', reportedOn: '', consentToShare: false },
  notes: '',
  whereabouts: EMPTY_PLACE_VALUES,
  recruitment: recruitmentToForm(UNKNOWN_RECRUITMENT),
};

/** The caller is on the line: who reports is asked first; where the citizen is and how they were drawn in, if known. */
const FIRST_OPEN: SkippablePart[] = ['reportedBy'];

function toInput({ whereabouts, recruitment, ...rest }: FormValues): CaseInput {
  return { ...rest, whereabouts: placeToInput(whereabouts), recruitment: recruitmentToInput(recruitment) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Draft {
  values: FormValues;
  openSections: SkippablePart[];
}

export function NewCasePage() {
  const { profile } = useSession();
  const drafts = useDraftStore();
  const [draft, setDraft] = useState<Draft | null | 'loading'>('loading');

  // A draft this officer left is brought back as the form opens; the form waits for it, so every field starts from it.
  useEffect(() => {
    let current = true;
    void drafts.load(profile.id, 'newCase').then((found) => {
      // The store hands back what this form saved in it (draft-store.ts).
      if (current) setDraft((found as Draft | undefined) ?? null);
    });
    return () => {
      current = false;
    };
  }, [drafts, profile.id]);

  return draft === 'loading' ? null : <NewCaseForm draft={draft} />;
}

function NewCaseForm({ draft }: { draft: Draft | null }) {
  const { t } = useTranslation();
  const { cases } = useRepositories();
  const { profile, workstation } = useSession();
  const drafts = useDraftStore();
  const navigate = useNavigate();
  const form = useForm<FormValues>({ resolver: convertingResolver(NewCaseInputSchema, toInput), defaultValues: draft?.values ?? emptyForm });
  const { errors, submitCount } = form.formState;
  const { run, failure } = useSave(form.setError);
  const problemCount = countErrors(errors);
  const candidates = usePersonCandidates(form, 'person.');
  const [markedDuplicates, setMarkedDuplicates] = useState<string[]>([]);
  const [openParts, setOpenParts] = useState<SkippablePart[]>(draft?.openSections ?? FIRST_OPEN);
  const [restored, setRestored] = useState(draft !== null);
  const [unsaved, setUnsaved] = useState(draft !== null);
  const [reportedBy, whereabouts, recruitment] = useWatch({ control: form.control, name: ['reportedBy', 'whereabouts', 'recruitment'] });
  useConfirmLeave(unsaved);

  // Every change is kept as the draft; a form back at its empty state leaves none.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const empty = same(values, emptyForm);
        setUnsaved(!empty);
        void (empty ? drafts.discard(profile.id, 'newCase') : drafts.save(profile.id, 'newCase', { values, openSections: openParts }));
      },
    });
  }, [drafts, form, openParts, profile.id]);

  const setPartOpen = (part: SkippablePart, open: boolean) => {
    const next = open ? [...openParts, part] : openParts.filter((p) => p !== part);
    setOpenParts(next);
    if (unsaved) void drafts.save(profile.id, 'newCase', { values: form.getValues(), openSections: next });
  };

  const submit = form.handleSubmit(
    async (values) => {
      const created = await run(async () => {
        const record = await cases.create(toInput(values), profile.id);
        // Only candidates still shown count: a tick on a case that no longer matches is not the officer's current choice.
        for (const otherId of markedDuplicates.filter((id) => candidates.some((c) => c.case.id === id))) {
          await cases.markPossibleDuplicate(record.id, otherId, profile.id);
        }
        return record;
      });
      if (created) {
        await drafts.discard(profile.id, 'newCase');
        // The case is saved: leaving the page must not ask about its input any more.
        setUnsaved(false);
        navigate('/', { state: { savedReference: created.reference } });
      }
    },
    // A problem in a closed part opens it, so it can be seen and fixed.
    (problems) => setOpenParts((open) => [...new Set([...open, ...(['reportedBy', 'whereabouts', 'recruitment'] as const).filter((part) => problems[part])])]),
  );

  const leave = () => {
    void drafts.discard(profile.id, 'newCase');
    setUnsaved(false);
    navigate('/');
  };

  const clear = () => {
    void drafts.discard(profile.id, 'newCase');
    form.reset(emptyForm);
    setOpenParts(FIRST_OPEN);
    setMarkedDuplicates([]);
    setRestored(false);
  };

  return (
    <section aria-labelledby="new-case-title">
      <h1 id="new-case-title">{t('newCase.title')}</h1>
      <p className="field__hint">{t('newCase.requiredNote')}</p>
      <SuccessNotice message={restored ? t('newCase.draftRestored') : ''} />
      {restored ? (
        <p>
          <button type="button" className="button" onClick={clear}>
            {t('newCase.clearForm')}
          </button>
        </p>
      ) : null}
      {submitCount > 0 ? <ErrorSummary count={problemCount} messageKey="newCase.errorSummary" /> : null}
      {failure && problemCount === 0 ? <p role="alert">{t(failure)}</p> : null}
      <form onSubmit={submit} noValidate className="case-form" data-keeps-draft="">
        <fieldset>
          <legend>{t('newCase.personLegend')}</legend>
          <PersonFields form={form} prefix="person." intake phoneHint={t('newCase.phoneHint')} />
        </fieldset>
        <DuplicateWarning candidates={candidates} marked={markedDuplicates} onMarkedChange={setMarkedDuplicates} />
        <fieldset>
          <legend>{t('newCase.caseLegend')}</legend>
          <Field label={t('fields.priority')} error={errors.priority?.message}>
            <VocabularySelect vocabulary="priority" {...form.register('priority')} />
          </Field>
          <Field label={t('fields.currentSituation')} error={errors.situation?.message}>
            <VocabularySelect vocabulary="currentSituation" {...form.register('situation')} />
          </Field>
          <Field label={t('newCase.notes')} error={errors.notes?.message}>
            <textarea rows={4} dir="auto" {...form.register('notes')} />
          </Field>
        </fieldset>
        <IntakeSection
          title={t('newCase.reportedByLegend')}
          open={openParts.includes('reportedBy')}
          onOpenChange={(open) => setPartOpen('reportedBy', open)}
          filled={!same(reportedBy, emptyForm.reportedBy)}
        >
          <Field label={t('fields.reportedByName')} error={errors.reportedBy?.name?.message}>
            <input type="text" dir="auto" autoComplete="off" {...form.register('reportedBy.name')} />
          </Field>
          <Field label={t('fields.relationship')} error={errors.reportedBy?.relationship?.message}>
            <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register('reportedBy.relationship')} />
          </Field>
          <Field label={t('fields.reportedByPhone')} hint={t('newCase.phoneHint')} error={errors.reportedBy?.phone?.message}>
            <PhoneInput
              className="input--medium"
              defaultCountry={workstation.issuingCountry}
              onNormalised={(e164) => form.setValue('reportedBy.phone', e164, { shouldValidate: submitCount > 0, shouldDirty: true })}
              {...form.register('reportedBy.phone')}
            />
          </Field>
          <Field label={t('fields.email')} error={errors.reportedBy?.email?.message}>
            <input type="email" autoComplete="off" {...form.register('reportedBy.email')} />
          </Field>
          <DateField control={form.control} name="reportedBy.reportedOn" label={t('fields.reportedOn')} error={errors.reportedBy?.reportedOn?.message} className="input--short" />
          <div className="checkbox-field">
            <input id="consent-to-share" type="checkbox" aria-describedby="consent-to-share-hint" {...form.register('reportedBy.consentToShare')} />
            <label htmlFor="consent-to-share">{t('fields.consentToShare')}</label>
            <p id="consent-to-share-hint" className="field__hint">
              {t('fields.consentToShareHint')}
            </p>
          </div>
        </IntakeSection>
        <IntakeSection
          title={t('casePage.tabs.whereabouts')}
          open={openParts.includes('whereabouts')}
          onOpenChange={(open) => setPartOpen('whereabouts', open)}
          filled={!same(whereabouts, emptyForm.whereabouts)}
        >
          <WhereaboutsFields form={form} prefix="whereabouts." />
        </IntakeSection>
        <IntakeSection
          title={t('casePage.tabs.recruitment')}
          open={openParts.includes('recruitment')}
          onOpenChange={(open) => setPartOpen('recruitment', open)}
          filled={!same(recruitment, emptyForm.recruitment)}
        >
          <RecruitmentFields form={form} prefix="recruitment." />
        </IntakeSection>
        <FormActions submit={t('newCase.save')} busy={form.formState.isSubmitting} cancel={t('newCase.cancel')} onCancel={leave} />
      </form>
    </section>
  );
}

/** Counts the leaves of react-hook-form's nested error object: one per field with a problem. */
function countErrors(errors: object): number {
  let count = 0;
  for (const value of Object.values(errors)) {
    if (value && typeof value === 'object') {
      count += 'message' in value && typeof value.message === 'string' ? 1 : countErrors(value);
    }
  }
  return count;
}
