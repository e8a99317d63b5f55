/**
 * A field's value as words, by the field's kind (shared/fields.ts): the one
 * way the case page, the case report and History show a value.
 */
import type { TFunction } from 'i18next';
import type { FieldKind } from '../../../../shared/fields';
import type { Staff } from '../../../../shared/schemas/staff';
import type { VocabularyName } from '../../../../shared/taxonomy';
import type { Formatters } from '../../i18n/format';
import { termLabel } from '../../i18n/keys';
import { phoneForReading } from '../../../../shared/schemas/primitives';

export interface KindOf {
  kind: FieldKind;
  vocabulary?: VocabularyName;
}

/** Names of the records that id fields point to. */
export interface RecordNames {
  staff: ReadonlyMap<string, Staff>;
  groups: ReadonlyMap<string, string>;
  cases: ReadonlyMap<string, string>;
}

export interface FieldTextContext {
  t: TFunction;
  format: Formatters;
  names?: RecordNames;
}

/** One value (of a list: one member) as words; a field of unknown kind shows it as stored. */
export function fieldText(field: KindOf | undefined, value: string | number | boolean, { t, format, names }: FieldTextContext): string {
  if (typeof value === 'boolean') return t(value ? 'casePage.yes' : 'casePage.no');
  if (typeof value === 'number') return format.number(value);
  switch (field?.kind) {
    case 'vocabulary':
      // A code that has left the vocabulary is shown as stored.
      return field.vocabulary ? termLabel(t, field.vocabulary, value) : value;
    case 'country':
      return format.country(value);
    case 'date':
      return format.date(value);
    case 'partialDate':
      return format.partialDate(value);
    case 'timestamp':
      return format.dateTime(value);
    case 'phone':
      // Stored in E.164 for dialling and matching; shown in groups for reading.
      return phoneForReading(value);
    case 'staffRef':
      return names?.staff.get(value)?.name ?? t('caseRecords.history.unknownActor');
    case 'groupRef':
      return names?.groups.get(value) ?? t('caseRecords.history.removedGroup');
    case 'caseRef':
      return names?.cases.get(value) ?? t('caseRecords.history.unknownCase');
    default:
      return value;
  }
}
