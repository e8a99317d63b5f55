/**
 * Where the citizen is: the fields as the Whereabouts section edits them and
 * as New case asks them. They live in the caller's form under `prefix`
 * ('' in the section, 'whereabouts.' in New case, which asks the situation
 * with the priority instead).
 */
import { Controller, get, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Whereabouts } from '../../../../shared/schemas/case';
import type { SectionInput } from '../../../../shared/schemas/case-edits';
import { CountryInput } from '../../components/CountryInput';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { VocabularySelect } from '../../components/Select';

/** The place as the form holds it: an unknown country or date is an empty string. */
export interface PlaceValues {
  country: string;
  place: string;
  militaryUnit: string;
  lastKnownOn: string;
}
type PlaceInput = Omit<SectionInput<'whereabouts'>, 'situation'>;

export const EMPTY_PLACE_VALUES: PlaceValues = { country: '', place: '', militaryUnit: '', lastKnownOn: '' };

export function placeToForm(whereabouts: Pick<Whereabouts, 'country' | 'place' | 'militaryUnit' | 'lastKnownOn'>): PlaceValues {
  return { country: whereabouts.country ?? '', place: whereabouts.place, militaryUnit: whereabouts.militaryUnit, lastKnownOn: whereabouts.lastKnownOn ?? '' };
}

/** An empty country means "not known"; an empty date is left for the schema, which reads it as unknown. */
export function placeToInput(values: PlaceValues): PlaceInput {
  return { ...values, country: values.country.trim() === '' ? null : values.country };
}

interface WhereaboutsFieldsProps<V extends FieldValues, T> {
  form: UseFormReturn<V, unknown, T>;
  prefix: '' | 'whereabouts.';
  /** The section asks the situation here; New case asks it with the priority. */
  withSituation?: boolean;
}

export function WhereaboutsFields<V extends FieldValues, T>({ form, prefix, withSituation }: WhereaboutsFieldsProps<V, T>) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const name = (key: keyof Whereabouts) => `${prefix}${key}` as Path<V>;
  const error = (key: keyof Whereabouts) => (get(errors, name(key)) as FieldError | undefined)?.message;

  return (
    <>
      {withSituation ? (
        <Field label={t('fields.currentSituation')} error={error('situation')}>
          <VocabularySelect vocabulary="currentSituation" {...form.register(name('situation'))} />
        </Field>
      ) : null}
      <Field label={t('fields.whereaboutsCountry')} hint={t('casePage.whereabouts.countryHint')} error={error('country')}>
        {(control) => (
          <Controller
            control={form.control}
            name={name('country')}
            render={({ field }) => (
              <CountryInput {...control} ref={field.ref} name={field.name} value={field.value as string} onChange={field.onChange} onBlur={field.onBlur} />
            )}
          />
        )}
      </Field>
      <Field label={t('fields.place')} error={error('place')}>
        <input type="text" dir="auto" autoComplete="off" {...form.register(name('place'))} />
      </Field>
      <Field label={t('fields.militaryUnit')} error={error('militaryUnit')}>
        <input type="text" dir="auto" autoComplete="off" {...form.register(name('militaryUnit'))} />
      </Field>
      <DateField control={form.control} name={name('lastKnownOn')} label={t('fields.lastKnownOn')} error={error('lastKnownOn')} className="input--short" />
    </>
  );
}
