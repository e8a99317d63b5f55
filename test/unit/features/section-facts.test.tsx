/**
 * The facts of a case section, as the case page and the case report both
 * show them: labels and values from the field table, less what the
 * family-facing report may not hold.
 */
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/schemas/case';
import { SectionFacts, type FactSection } from '../../../renderer/src/features/case/SectionFacts';
import { CONTACT_DETAILS } from '../../../renderer/src/features/reports/case-report-audience';
import { en } from '../../../renderer/src/i18n/en';
import type { CasePath } from '../../../shared/fields';
import { validCase } from '../shared/helpers';
import type { MessageKey } from '../../../renderer/src/i18n/keys';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

/** The facts as term → shown text, in order. */
function facts(
  section: FactSection,
  caseRecord: Case,
  options: { leaveOut?: readonly CasePath[]; whenEmpty?: Partial<Record<CasePath, MessageKey>> } = {},
): [string, string][] {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SectionFacts section={section} caseRecord={caseRecord} {...options} />
    </I18nextProvider>,
  );
  const rows = [...html.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)];
  return rows.map(([, term, value]) => [term!, value!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()]);
}

function sampleCase(): Case {
  const c = validCase();
  return {
    ...c,
    person: { ...c.person, dateOfBirth: '1994-03', phone: '+27821234567', messengerHandle: '@sipho', passportNumber: 'A1234567', languages: ['isiZulu', 'English'] },
    recruitment: {
      ...c.recruitment,
      methods: ['false_job_offer'],
      promisedPay: { amount: 2000, currency: 'USD', perMonth: true },
      route: ['AE', 'RU'],
      leftHomeOn: null,
    },
  };
}

describe('SectionFacts', () => {
  it('shows every person field by its label and kind, in the field table order', () => {
    const shown = facts('person', sampleCase());
    expect(shown.map(([term]) => term)).toEqual([
      'Full name',
      'Other names and spellings',
      'Date of birth',
      'Sex',
      'Nationality',
      'Passport number',
      'National ID number',
      'Home town or region',
      'Languages',
      'Phone',
      'Messenger handle',
    ]);
    const byTerm = new Map(shown.map(([term, value]) => [term, value]));
    expect(byTerm.get('Date of birth')).toBe('March 1994');
    expect(byTerm.get('Passport number')).toBe('A1234567');
    expect(byTerm.get('Languages')).toBe('isiZulu English');
    // Stored in E.164, shown in international format for reading (issue 10, item 11).
    expect(byTerm.get('Phone')).toBe('+27 82 123 4567');
  });

  it('says what an empty field means where the page asks, and "Not recorded" elsewhere', () => {
    const c = sampleCase();
    const unknown = { ...c, person: { ...c.person, dateOfBirth: null } };
    expect(new Map(facts('person', unknown, { whenEmpty: { 'person.dateOfBirth': 'casePage.person.dateUnknown' } })).get('Date of birth')).toBe('Unknown');
    expect(new Map(facts('person', unknown)).get('Date of birth')).toBe('Not recorded');
  });

  it('leaves out the contact details for a family without consent, and nothing else', () => {
    const all = facts('person', sampleCase());
    const family = facts('person', sampleCase(), { leaveOut: CONTACT_DETAILS });
    expect(family).toEqual(all.filter(([term]) => term !== 'Phone' && term !== 'Messenger handle'));
  });

  it('reads the promised pay as one fact, and lists by their labels and names', () => {
    const byTerm = new Map(facts('recruitment', sampleCase()));
    expect(byTerm.get('Promised pay')).toBe('$2,000.00 a month');
    expect(byTerm.get('Recruitment methods')).toBe('False job offer');
    expect(byTerm.get('Route (transit countries)')).toBe('United Arab Emirates Russia');
    expect(byTerm.get('Left home country on')).toBe('Not recorded');
    expect([...byTerm.keys()]).not.toContain('Amount');
  });

  it('shows the text of an open list’s Other after the choice, and nothing when there is none', () => {
    const c = sampleCase();
    const terms = (record: Case) => facts('recruitment', record).map(([term]) => term);
    expect(terms(c)).not.toContain('Platform, as named');
    const named = facts('recruitment', { ...c, recruitment: { ...c.recruitment, platform: 'other', platformOther: 'YouTube' } });
    const at = named.findIndex(([term]) => term === 'Platform');
    expect(named.slice(at, at + 2)).toEqual([
      ['Platform', 'Other'],
      ['Platform, as named', 'YouTube'],
    ]);
  });
});
