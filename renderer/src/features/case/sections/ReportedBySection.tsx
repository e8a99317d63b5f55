/** Reported by: who told the consulate, and whether they may be told the citizen's whereabouts. */
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import { useSession } from '../../../app/session';
import { Field } from '../../../components/Field';
import { DateField } from '../../../components/DateField';
import { PhoneInput } from '../../../components/PhoneInput';
import type { SectionInput } from '../../../../../shared/schemas/case-edits';
import { EditableSection } from '../EditableSection';
import { SectionFacts } from '../SectionFacts';
import { SectionForm, useSectionForm } from '../section-form';

type ReportedByValues = Omit<SectionInput<'reportedBy'>, 'reportedOn' | 'phone' | 'email'> & { reportedOn: string; phone: string; email: string };

function toForm({ reportedBy }: Case): ReportedByValues {
  return { ...reportedBy, reportedOn: reportedBy.reportedOn ?? '' };
}

function toInput(values: ReportedByValues): SectionInput<'reportedBy'> {
  return values;
}

export function ReportedBySection({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  return (
    <EditableSection
      caseRecord={caseRecord}
      title={t('casePage.tabs.reportedBy')}
      view={<SectionFacts section="reportedBy" caseRecord={caseRecord} />}
      form={(snapshot, done) => <ReportedByForm snapshot={snapshot} done={done} />}
    />
  );
}

function ReportedByForm({ snapshot, done }: { snapshot: Case; done: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { workstation } = useSession();
  const { form, submit, failure, stale, discard } = useSectionForm({ section: 'reportedBy', snapshot, toForm, toInput, done });
  const { errors, submitCount, isSubmitting } = form.formState;
  const consentId = `consent-${snapshot.id}`;

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={isSubmitting} discard={discard}>
      <Field label={t('fields.reportedByName')} error={errors.name?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('name')} />
      </Field>
      <Field label={t('fields.relationship')} error={errors.relationship?.message}>
        <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register('relationship')} />
      </Field>
      <Field label={t('fields.reportedByPhone')} hint={t('casePage.reportedBy.phoneHint')} error={errors.phone?.message}>
        <PhoneInput
          className="input--medium"
          defaultCountry={workstation.issuingCountry}
          onNormalised={(e164) => form.setValue('phone', e164, { shouldValidate: submitCount > 0 })}
          {...form.register('phone')}
        />
      </Field>
      <Field label={t('fields.email')} error={errors.email?.message}>
        <input type="email" autoComplete="off" {...form.register('email')} />
      </Field>
      <DateField control={form.control} name="reportedOn" label={t('fields.reportedOn')} error={errors.reportedOn?.message} className="input--short" />
      <div className="checkbox-field">
        <input id={consentId} type="checkbox" aria-describedby={`${consentId}-hint`} {...form.register('consentToShare')} />
        <label htmlFor={consentId}>{t('fields.consentToShare')}</label>
        <p id={`${consentId}-hint`} className="field__hint">
          {t('fields.consentToShareHint')}
        </p>
      </div>
    </SectionForm>
  );
}
