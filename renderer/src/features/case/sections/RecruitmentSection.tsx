/** Recruitment: how the citizen was drawn in, promised what, by whom, and by which route. */
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/schemas/case';
import { RecruitmentMethod } from '../../../../../shared/taxonomy';
import { CountryInput } from '../../../components/CountryInput';
import { Field, useErrorText } from '../../../components/Field';
import { VocabularySelect } from '../../../components/Select';
import type { SectionInput } from '../../../../../shared/schemas/case-edits';
import { EditableSection } from '../EditableSection';
import { ListInput } from '../ListInput';
import { SectionFacts } from '../SectionFacts';
import { SectionForm, useSectionForm } from '../section-form';

type RecruitmentInput = SectionInput<'recruitment'>;

/** Choices that may be left open are empty strings in the form and null once saved. */
interface RecruitmentValues extends Omit<RecruitmentInput, 'channel' | 'platform' | 'promisedPay' | 'leftHomeOn' | 'contractSignedOn' | 'route'> {
  channel: NonNullable<RecruitmentInput['channel']> | '';
  platform: NonNullable<RecruitmentInput['platform']> | '';
  promisedPay: { amount: string; currency: string; perMonth: boolean };
  leftHomeOn: string;
  contractSignedOn: string;
  route: string[];
}

function toForm({ recruitment }: Case): RecruitmentValues {
  return {
    ...recruitment,
    methods: [...recruitment.methods],
    channel: recruitment.channel ?? '',
    platform: recruitment.platform ?? '',
    promisedPay: {
      amount: recruitment.promisedPay.amount === null ? '' : String(recruitment.promisedPay.amount),
      currency: recruitment.promisedPay.currency ?? '',
      perMonth: recruitment.promisedPay.perMonth,
    },
    leftHomeOn: recruitment.leftHomeOn ?? '',
    contractSignedOn: recruitment.contractSignedOn ?? '',
    route: [...recruitment.route],
  };
}

function emptyToNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

function toInput(values: RecruitmentValues): RecruitmentInput {
  const amount = emptyToNull(values.promisedPay.amount);
  return {
    ...values,
    channel: values.channel === '' ? null : values.channel,
    // The text says which Other; with another choice there is nothing for it to say.
    channelOther: values.channel === 'other' ? values.channelOther : '',
    platform: values.platform === '' ? null : values.platform,
    platformOther: values.platform === 'other' ? values.platformOther : '',
    promisedPay: {
      // A decimal comma is as common as a point; anything else is left for the schema to refuse.
      amount: amount === null ? null : Number(amount.replace(',', '.')),
      currency: emptyToNull(values.promisedPay.currency)?.toUpperCase() ?? null,
      perMonth: values.promisedPay.perMonth,
    },
  };
}

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
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { form, submit, failure, stale, discard } = useSectionForm({ section: 'recruitment', snapshot, toForm, toInput, done });
  const { errors, isSubmitting } = form.formState;
  const methodsError = errorText(errors.methods?.message);
  const methodsHintId = `methods-hint-${snapshot.id}`;

  return (
    <SectionForm onSubmit={submit} failure={failure} stale={stale} submitting={isSubmitting} discard={discard}>
      <fieldset className="choice-group" aria-describedby={methodsHintId}>
        <legend>{t('fields.recruitmentMethods')}</legend>
        <p id={methodsHintId} className="field__hint">
          {t('casePage.recruitment.methodsHint')}
        </p>
        {methodsError ? <p className="field__error">{methodsError}</p> : null}
        {RecruitmentMethod.codes.map((code) => (
          <label key={code} className="choice-group__option">
            <input type="checkbox" value={code} {...form.register('methods')} />
            {t(`taxonomy.recruitmentMethod.${code}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('fields.recruitmentChannel')} error={errors.channel?.message}>
        <VocabularySelect vocabulary="recruitmentChannel" emptyLabel={t('casePage.notRecorded')} {...form.register('channel')} />
      </Field>
      {form.watch('channel') === 'other' ? (
        <Field label={t('fields.recruitmentChannelOther')} error={errors.channelOther?.message}>
          <input type="text" dir="auto" autoComplete="off" {...form.register('channelOther')} />
        </Field>
      ) : null}
      <Field label={t('fields.platform')} error={errors.platform?.message}>
        <VocabularySelect vocabulary="platform" emptyLabel={t('casePage.notRecorded')} {...form.register('platform')} />
      </Field>
      {form.watch('platform') === 'other' ? (
        <Field label={t('fields.platformOther')} error={errors.platformOther?.message}>
          <input type="text" dir="auto" autoComplete="off" {...form.register('platformOther')} />
        </Field>
      ) : null}
      <Field label={t('fields.promisedJob')} error={errors.promisedJob?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('promisedJob')} />
      </Field>
      <fieldset className="pay-group">
        <legend>{t('fields.promisedPay')}</legend>
        <div className="pay-group__row">
          <Field label={t('fields.promisedPayAmount')} error={errors.promisedPay?.amount?.message}>
            <input type="text" inputMode="decimal" autoComplete="off" className="input--short" {...form.register('promisedPay.amount')} />
          </Field>
          <Field label={t('fields.promisedPayCurrency')} hint={t('casePage.recruitment.currencyHint')} error={errors.promisedPay?.currency?.message}>
            <input type="text" autoComplete="off" maxLength={3} className="input--short" {...form.register('promisedPay.currency')} />
          </Field>
        </div>
        <div className="checkbox-field">
          <input id={`per-month-${snapshot.id}`} type="checkbox" {...form.register('promisedPay.perMonth')} />
          <label htmlFor={`per-month-${snapshot.id}`}>{t('fields.promisedPayPerMonth')}</label>
        </div>
      </fieldset>
      <Field label={t('fields.recruiterName')} error={errors.recruiterName?.message}>
        <input type="text" dir="auto" autoComplete="off" {...form.register('recruiterName')} />
      </Field>
      <Field label={t('fields.leftHomeOn')} error={errors.leftHomeOn?.message}>
        <input type="date" className="input--short" {...form.register('leftHomeOn')} />
      </Field>
      <Controller
        control={form.control}
        name="route"
        render={({ field }) => (
          <ListInput
            legend={t('fields.route')}
            value={field.value}
            onChange={field.onChange}
            itemLabel={(n) => t('casePage.recruitment.transitCountryN', { n })}
            addLabel={t('casePage.recruitment.addTransitCountry')}
            itemErrors={Array.from({ length: field.value.length }, (_, i) => errors.route?.[i]?.message)}
            listError={errors.route?.message}
            renderControl={({ value, onChange, autoFocus, ...control }) => <CountryInput {...control} autoFocus={autoFocus} value={value} onChange={onChange} />}
          />
        )}
      />
      <Field label={t('fields.contractSignedOn')} error={errors.contractSignedOn?.message}>
        <input type="date" className="input--short" {...form.register('contractSignedOn')} />
      </Field>
      <Field label={t('fields.contractLanguage')} error={errors.contractLanguage?.message}>
        <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register('contractLanguage')} />
      </Field>
      <Field label={t('fields.contractTranslated')} error={errors.contractTranslated?.message}>
        <VocabularySelect vocabulary="triState" {...form.register('contractTranslated')} />
      </Field>
      <Field label={t('fields.trainingLength')} hint={t('casePage.recruitment.trainingLengthHint')} error={errors.trainingLength?.message}>
        <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register('trainingLength')} />
      </Field>
    </SectionForm>
  );
}
