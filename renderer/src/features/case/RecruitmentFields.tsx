/**
 * How the citizen was drawn in, promised what, by whom and by which route: the
 * fields as the Recruitment section edits them and as New case asks them. They
 * live in the caller's form under `prefix` ('' in the section, 'recruitment.' in New case).
 */
import { useId } from 'react';
import { Controller, get, useWatch, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Recruitment } from '../../../../shared/schemas/case';
import type { SectionInput } from '../../../../shared/schemas/case-edits';
import { RecruitmentMethod } from '../../../../shared/taxonomy';
import { CountryInput } from '../../components/CountryInput';
import { DateField } from '../../components/DateField';
import { Field, useErrorText } from '../../components/Field';
import { VocabularySelect } from '../../components/Select';
import { ListInput } from './ListInput';

export type RecruitmentInput = SectionInput<'recruitment'>;

/** Choices that may be left open are empty strings in the form and null once saved. */
export interface RecruitmentValues extends Omit<RecruitmentInput, 'channel' | 'platform' | 'promisedPay' | 'leftHomeOn' | 'contractSignedOn' | 'route'> {
  channel: NonNullable<RecruitmentInput['channel']> | '';
  platform: NonNullable<RecruitmentInput['platform']> | '';
  promisedPay: { amount: string; currency: string; perMonth: boolean };
  leftHomeOn: string;
  contractSignedOn: string;
  route: string[];
}

export function recruitmentToForm(recruitment: Recruitment): RecruitmentValues {
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

export function recruitmentToInput(values: RecruitmentValues): RecruitmentInput {
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

interface RecruitmentFieldsProps<V extends FieldValues, T> {
  form: UseFormReturn<V, unknown, T>;
  prefix: '' | 'recruitment.';
}

export function RecruitmentFields<V extends FieldValues, T>({ form, prefix }: RecruitmentFieldsProps<V, T>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const { errors } = form.formState;
  const name = (key: string) => `${prefix}${key}` as Path<V>;
  const error = (key: string) => (get(errors, name(key)) as FieldError | undefined)?.message;
  const [channel, platform] = useWatch({ control: form.control, name: [name('channel'), name('platform')] }) as [string, string];
  const methodsError = errorText(error('methods'));
  const methodsHintId = `${id}-methods-hint`;

  return (
    <>
      <fieldset className="choice-group" aria-describedby={methodsHintId}>
        <legend>{t('fields.recruitmentMethods')}</legend>
        <p id={methodsHintId} className="field__hint">
          {t('casePage.recruitment.methodsHint')}
        </p>
        {methodsError ? <p className="field__error">{methodsError}</p> : null}
        {RecruitmentMethod.codes.map((code) => (
          <label key={code} className="choice-group__option">
            <input type="checkbox" value={code} {...form.register(name('methods'))} />
            {t(`taxonomy.recruitmentMethod.${code}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('fields.recruitmentChannel')} error={error('channel')}>
        <VocabularySelect vocabulary="recruitmentChannel" emptyLabel={t('casePage.notRecorded')} {...form.register(name('channel'))} />
      </Field>
      {channel === 'other' ? (
        <Field label={t('fields.recruitmentChannelOther')} error={error('channelOther')}>
          <input type="text" dir="auto" autoComplete="off" {...form.register(name('channelOther'))} />
        </Field>
      ) : null}
      <Field label={t('fields.platform')} error={error('platform')}>
        <VocabularySelect vocabulary="platform" emptyLabel={t('casePage.notRecorded')} {...form.register(name('platform'))} />
      </Field>
      {platform === 'other' ? (
        <Field label={t('fields.platformOther')} error={error('platformOther')}>
          <input type="text" dir="auto" autoComplete="off" {...form.register(name('platformOther'))} />
        </Field>
      ) : null}
      <Field label={t('fields.promisedJob')} error={error('promisedJob')}>
        <input type="text" dir="auto" autoComplete="off" {...form.register(name('promisedJob'))} />
      </Field>
      <fieldset className="pay-group">
        <legend>{t('fields.promisedPay')}</legend>
        <div className="pay-group__row">
          <Field label={t('fields.promisedPayAmount')} error={error('promisedPay.amount')}>
            <input type="text" inputMode="decimal" autoComplete="off" className="input--short" {...form.register(name('promisedPay.amount'))} />
          </Field>
          <Field label={t('fields.promisedPayCurrency')} hint={t('casePage.recruitment.currencyHint')} error={error('promisedPay.currency')}>
            <input type="text" autoComplete="off" maxLength={3} className="input--short" {...form.register(name('promisedPay.currency'))} />
          </Field>
        </div>
        <div className="checkbox-field">
          <input id={`${id}-per-month`} type="checkbox" {...form.register(name('promisedPay.perMonth'))} />
          <label htmlFor={`${id}-per-month`}>{t('fields.promisedPayPerMonth')}</label>
        </div>
      </fieldset>
      <Field label={t('fields.recruiterName')} error={error('recruiterName')}>
        <input type="text" dir="auto" autoComplete="off" {...form.register(name('recruiterName'))} />
      </Field>
      <DateField control={form.control} name={name('leftHomeOn')} label={t('fields.leftHomeOn')} error={error('leftHomeOn')} className="input--short" />
      <Controller
        control={form.control}
        name={name('route')}
        render={({ field }) => (
          <ListInput
            legend={t('fields.route')}
            value={field.value as string[]}
            onChange={field.onChange}
            itemLabel={(n) => t('casePage.recruitment.transitCountryN', { n })}
            addLabel={t('casePage.recruitment.addTransitCountry')}
            itemErrors={Array.from({ length: (field.value as string[]).length }, (_, i) => error(`route.${i}`))}
            listError={error('route')}
            renderControl={({ value, onChange, autoFocus, ...control }) => <CountryInput {...control} autoFocus={autoFocus} value={value} onChange={onChange} />}
          />
        )}
      />
      <DateField control={form.control} name={name('contractSignedOn')} label={t('fields.contractSignedOn')} error={error('contractSignedOn')} className="input--short" />
      <Field label={t('fields.contractLanguage')} error={error('contractLanguage')}>
        <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register(name('contractLanguage'))} />
      </Field>
      <Field label={t('fields.contractTranslated')} error={error('contractTranslated')}>
        <VocabularySelect vocabulary="triState" {...form.register(name('contractTranslated'))} />
      </Field>
      <Field label={t('fields.trainingLength')} hint={t('casePage.recruitment.trainingLengthHint')} error={error('trainingLength')}>
        <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register(name('trainingLength'))} />
      </Field>
    </>
  );
}
