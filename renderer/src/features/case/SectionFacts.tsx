/**
 * A section of a case as read, the same on the case page and in the case
 * report: the section's fields from the field table (shared/fields.ts), in
 * its order, each shown by its kind. The three fields of the promised pay
 * read as one fact.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/schemas/case';
import { CASE_FIELDS, valueAt, type CaseField, type CasePath } from '../../../../shared/fields';
import { useFormatters } from '../../i18n/format';
import type { MessageKey } from '../../i18n/keys';
import { bdiList, Facts, type Fact } from './Facts';
import { fieldText, type FieldTextContext } from './field-text';

export type FactSection = 'person' | 'reportedBy' | 'whereabouts' | 'recruitment';

interface SectionFactsProps {
  section: FactSection;
  caseRecord: Case;
  /** Fields this reader may not see (the family-facing report without consent). */
  leaveOut?: readonly CasePath[];
  /** What an empty field says instead of "Not recorded", as catalogue keys. */
  whenEmpty?: Partial<Record<CasePath, MessageKey>>;
}

/** Identity document numbers: written in Latin letters and digits whatever the page's language. */
const LATIN_NUMBERS: ReadonlySet<CasePath> = new Set<CasePath>(['person.passportNumber', 'person.nationalIdNumber']);
const PROMISED_PAY = 'recruitment.promisedPay.';

/** The texts of open lists' Other ("YouTube"): a fact only when there is one, not "Not recorded" beside every choice. */
const OTHER_TEXTS: ReadonlySet<string> = new Set(CASE_FIELDS.flatMap((field) => ('otherText' in field ? [field.otherText] : [])));

export function SectionFacts({ section, caseRecord, leaveOut = [], whenEmpty = {} }: SectionFactsProps) {
  const { t } = useTranslation();
  const format = useFormatters();

  const textOf: FieldTextContext = { t, format };
  const text = (field: CaseField, value: string | number | boolean) => fieldText(field, value, textOf);

  const shown = (field: CaseField, value: unknown): ReactNode => {
    if (Array.isArray(value)) return bdiList(value.map((v: string) => text(field, v)));
    if (value === null || value === undefined || value === '') return null;
    const words = text(field, value as string | number | boolean);
    // What an officer typed is isolated, so that a right-to-left name does not reorder its neighbours.
    // Numbers written in Latin characters keep their order in a right-to-left page ("123 456" must not read "456 123").
    if (field.kind === 'phone' || LATIN_NUMBERS.has(field.path)) return <bdi dir="ltr">{words}</bdi>;
    return field.kind === 'text' || field.kind === 'email' ? <bdi>{words}</bdi> : words;
  };

  const fieldFact = (field: CaseField): Fact => {
    const value = shown(field, valueAt(caseRecord, field.path));
    const empty = whenEmpty[field.path];
    return { term: t(field.label), value: value === null && empty ? t(empty) : value };
  };

  /** Amount, currency and "per month" read as one fact: "$2,000.00 a month". */
  const promisedPayFact = (): Fact => {
    const { amount, currency, perMonth } = caseRecord.recruitment.promisedPay;
    const pay =
      amount === null ? null : currency ? new Intl.NumberFormat(format.locale, { style: 'currency', currency }).format(amount) : format.number(amount);
    return { term: t('fields.promisedPay'), value: pay && perMonth ? t('casePage.recruitment.payPerMonth', { amount: pay }) : pay };
  };

  const facts: Fact[] = [];
  for (const field of CASE_FIELDS) {
    if (!field.path.startsWith(`${section}.`) || leaveOut.includes(field.path)) continue;
    if (OTHER_TEXTS.has(field.path) && valueAt(caseRecord, field.path) === '') continue;
    if (!field.path.startsWith(PROMISED_PAY)) facts.push(fieldFact(field));
    else if (field.path === `${PROMISED_PAY}amount`) facts.push(promisedPayFact());
  }
  return <Facts facts={facts} />;
}
