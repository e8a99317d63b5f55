/**
 * The person's fields, as New case asks them and as the Person section edits
 * them, and the cases that may be the same person. The fields live in the
 * caller's form under `prefix` ('' in the Person section, 'person.' in New case).
 */
import { Controller, get, useWatch, type FieldError, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas/case';
import { useSession } from '../../app/session';
import { CountryInput } from '../../components/CountryInput';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { PhoneInput } from '../../components/PhoneInput';
import { VocabularySelect } from '../../components/Select';
import { useDuplicateCandidates } from './hooks';
import { ListInput } from './ListInput';

interface PersonFieldsProps<V extends FieldValues, T> {
  form: UseFormReturn<V, unknown, T>;
  prefix: '' | 'person.';
  /** New case asks only what intake needs; the national ID number, home town and languages come later. */
  intake?: boolean;
  phoneHint: string;
}

export function PersonFields<V extends FieldValues, T>({ form, prefix, intake, phoneHint }: PersonFieldsProps<V, T>) {
  const { t } = useTranslation();
  const { workstation } = useSession();
  const { errors, submitCount } = form.formState;
  const name = (key: keyof Person) => `${prefix}${key}` as Path<V>;
  const messageAt = (path: string) => (get(errors, path) as FieldError | undefined)?.message;
  const error = (key: keyof Person) => messageAt(name(key));
  const itemErrors = (key: 'otherNames' | 'languages', count: number) => Array.from({ length: count }, (_, i) => messageAt(`${name(key)}.${i}`));
  const nationality = useWatch({ control: form.control, name: name('nationality') }) as string;
  const list = (key: 'otherNames' | 'languages', itemLabel: (n: number) => string, addLabel: string) => (
    <Controller
      control={form.control}
      name={name(key)}
      render={({ field }) => (
        <ListInput
          legend={t(`fields.${key}`)}
          value={field.value as string[]}
          onChange={field.onChange}
          itemLabel={itemLabel}
          addLabel={addLabel}
          itemErrors={itemErrors(key, (field.value as string[]).length)}
          listError={error(key)}
        />
      )}
    />
  );

  return (
    <>
      <Field label={t('fields.fullName')} error={error('fullName')} required>
        <input type="text" dir="auto" autoComplete="off" {...form.register(name('fullName'))} />
      </Field>
      {list('otherNames', (n) => t('casePage.person.otherNameN', { n }), t('casePage.person.addOtherName'))}
      <DateField control={form.control} name={name('dateOfBirth')} kind="partialDate" label={t('fields.dateOfBirth')} error={error('dateOfBirth')} className="input--short" />
      <Field label={t('fields.sex')} error={error('sex')}>
        <VocabularySelect vocabulary="sex" {...form.register(name('sex'))} />
      </Field>
      <Field label={t('fields.nationality')} hint={t('casePage.person.nationalityHint')} error={error('nationality')} required>
        {(control) => (
          <Controller
            control={form.control}
            name={name('nationality')}
            render={({ field }) => (
              <CountryInput {...control} ref={field.ref} name={field.name} value={field.value as string} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          />
        )}
      </Field>
      <Field label={t('fields.passportNumber')} error={error('passportNumber')}>
        <input type="text" autoComplete="off" className="input--medium" {...form.register(name('passportNumber'))} />
      </Field>
      {intake ? null : (
        <>
          <Field label={t('fields.nationalIdNumber')} error={error('nationalIdNumber')}>
            <input type="text" autoComplete="off" className="input--medium" {...form.register(name('nationalIdNumber'))} />
          </Field>
          <Field label={t('fields.homeTown')} error={error('homeTown')}>
            <input type="text" dir="auto" autoComplete="off" {...form.register(name('homeTown'))} />
          </Field>
          {list('languages', (n) => t('casePage.person.languageN', { n }), t('casePage.person.addLanguage'))}
        </>
      )}
      <Field label={t('fields.phone')} hint={phoneHint} error={error('phone')}>
        <PhoneInput
          className="input--medium"
          defaultCountry={nationality || workstation.issuingCountry}
          onNormalised={(e164) => form.setValue(name('phone'), e164 as PathValue<V, Path<V>>, { shouldValidate: submitCount > 0 })}
          {...form.register(name('phone'))}
        />
      </Field>
      <Field label={t('fields.messengerHandle')} hint={t('fields.messengerHandleHint')} error={error('messengerHandle')}>
        <input type="text" dir="auto" autoComplete="off" className="input--medium" {...form.register(name('messengerHandle'))} />
      </Field>
    </>
  );
}

/** Cases that may be the same person as the one in the form (never the case itself, `excludeId`). */
export function usePersonCandidates<V extends FieldValues, T>(form: UseFormReturn<V, unknown, T>, prefix: '' | 'person.', excludeId?: string) {
  const keys = ['fullName', 'otherNames', 'nationality', 'dateOfBirth', 'passportNumber'] as const;
  const values = useWatch({ control: form.control, name: keys.map((key) => `${prefix}${key}` as Path<V>) }) as unknown[];
  const [fullName, otherNames, nationality, dateOfBirth, passportNumber] = values as [string, string[], string, string | null | undefined, string];
  return useDuplicateCandidates({ fullName, otherNames, nationality, dateOfBirth: dateOfBirth ?? null, passportNumber }, excludeId);
}
