import { describe, expect, it } from 'vitest';
import { STEP_LABELS } from '../../fixtures/repatriation-steps';
import {
  CaseStatus,
  ClosureReason,
  ContactChannel,
  ContactOutcome,
  ContactStatus,
  CurrentSituation,
  Priority,
  RECRUITMENT_METHOD_HTCDS,
  RecruitmentChannel,
  RecruitmentMethod,
  RepatriationStep,
  StepState,
  VOCABULARIES,
} from '../../../shared/taxonomy';

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const vocabularies = Object.entries(VOCABULARIES);

describe('taxonomy: every vocabulary', () => {
  it('has at least the 18 vocabularies of DESIGN.md §3', () => {
    expect(vocabularies.length).toBeGreaterThanOrEqual(18);
  });

  describe.each(vocabularies)('%s', (_name, vocabulary) => {
    it('is not empty', () => {
      expect(vocabulary.terms.length).toBeGreaterThan(0);
    });

    it('has unique codes', () => {
      const codes = vocabulary.terms.map((t) => t.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('has snake_case codes', () => {
      for (const { code } of vocabulary.terms) expect(code, code).toMatch(SNAKE_CASE);
    });

    it('has non-empty, trimmed labels', () => {
      for (const { code, label } of vocabulary.terms) {
        expect(label.trim(), code).not.toBe('');
        expect(label, code).toBe(label.trim());
      }
    });

    it('has unique labels (CSV import accepts labels as well as codes)', () => {
      const labels = vocabulary.terms.map((t) => t.label.toLowerCase());
      expect(new Set(labels).size).toBe(labels.length);
    });

    it('lists its codes in the order of its terms', () => {
      expect([...vocabulary.codes]).toEqual(vocabulary.terms.map((t) => t.code));
    });
  });
});

describe('taxonomy: vocabularies match DESIGN.md §3', () => {
  it('RepatriationStep has the 12 checklist steps in order', () => {
    expect(RepatriationStep.terms.map((t) => t.label)).toEqual(STEP_LABELS);
    expect(RepatriationStep.codes).toHaveLength(12);
    // "Returned" needs step 10 Done: step 10 must be "arrived home".
    expect(RepatriationStep.codes[9]).toBe('arrived_home');
  });

  it('CaseStatus follows the status lifecycle in order', () => {
    expect(CaseStatus.terms.map((t) => t.label)).toEqual([
      'Reported',
      'Verifying',
      'Locating',
      'In contact',
      'Repatriation in progress',
      'Returned',
      'Closed',
    ]);
  });

  it('ClosureReason has the five closing reasons', () => {
    expect(ClosureReason.terms.map((t) => t.label)).toEqual([
      'Returned and settled',
      'Declined assistance',
      'Deceased',
      'Duplicate',
      'Referred elsewhere',
    ]);
  });

  it('Priority is Critical / High / Normal', () => {
    expect(Priority.terms.map((t) => t.label)).toEqual(['Critical', 'High', 'Normal']);
  });

  it('CurrentSituation has the ten situations', () => {
    expect(CurrentSituation.terms.map((t) => t.label)).toEqual([
      'Unknown',
      'In training',
      'Deployed at the front',
      'Injured or in hospital',
      'Detained by authorities',
      'Prisoner of war',
      'Escaped or in transit',
      'Returned home',
      'Reported dead',
      'Confirmed dead',
    ]);
  });

  it('StepState has the five step states', () => {
    expect(StepState.terms.map((t) => t.label)).toEqual(['Not started', 'In progress', 'Done', 'Blocked', 'Not applicable']);
  });

  it('ContactStatus has the six derived statuses', () => {
    expect(ContactStatus.terms.map((t) => t.label)).toEqual([
      'Not yet contacted',
      'Attempting contact',
      'In contact',
      'Contact lost',
      'Declines assistance',
      'Deceased',
    ]);
  });

  it('ContactOutcome and ContactChannel have the values of the contact log', () => {
    expect(ContactOutcome.terms.map((t) => t.label)).toEqual([
      'Reached',
      'No answer',
      'Message left',
      'Proof of life',
      'Refused help',
      'Wrong number',
    ]);
    expect(ContactChannel.codes).toHaveLength(11);
    expect(ContactChannel.codes).toEqual(expect.arrayContaining(['phone', 'signal', 'via_icrc', 'via_coordination_hq', 'via_host_authorities']));
  });

  it('RecruitmentChannel has the eight channels', () => {
    expect(RecruitmentChannel.terms.map((t) => t.label)).toEqual([
      'Social network post',
      'Messenger channel',
      'Online job advert',
      'Recruitment agent or agency',
      'Friend or family',
      'At a workplace abroad',
      'Other',
      'Unknown',
    ]);
  });

  it('RecruitmentMethod has the eleven methods', () => {
    expect(RecruitmentMethod.codes).toHaveLength(11);
  });
});

describe('taxonomy: HTCDS mapping of recruitment methods', () => {
  it('has an entry for every recruitment method, and no other', () => {
    expect(Object.keys(RECRUITMENT_METHOD_HTCDS).sort()).toEqual([...RecruitmentMethod.codes].sort());
  });

  it.each([
    ['false_job_offer', 'FalsePromises'],
    ['misrepresented_contract', 'FalsePromises'],
    ['promise_of_status', 'FalsePromises'],
    ['threat_of_deportation', 'ThreatsLawEnforcement'],
    ['threat_of_citizenship_revocation', 'ThreatsLawEnforcement'],
    ['recruitment_debt', 'DebtBondage'],
    ['documents_withheld', 'WithholdsDocuments'],
    ['threats_to_family', 'ThreatensChildrenFamily'],
  ] as const)('maps %s to %s', (method, htcds) => {
    expect(RECRUITMENT_METHOD_HTCDS[method]).toBe(htcds);
  });

  it.each(['cash_inducement', 'voluntary', 'unknown'] as const)('leaves %s unmapped (no HTCDS value in DESIGN.md)', (method) => {
    expect(RECRUITMENT_METHOD_HTCDS[method]).toBeNull();
  });

  it('maps the DESIGN.md labels to the expected HTCDS values', () => {
    const byLabel = Object.fromEntries(RecruitmentMethod.terms.map((t) => [t.label, RECRUITMENT_METHOD_HTCDS[t.code]]));
    expect(byLabel).toEqual({
      'False job offer': 'FalsePromises',
      'Misrepresented contract (signed without translation)': 'FalsePromises',
      'Promise of citizenship, visa or residence': 'FalsePromises',
      'Cash bonus or salary inducement (bribery)': null,
      'Threat of deportation, prison or visa revocation (blackmail)': 'ThreatsLawEnforcement',
      'Threat of citizenship revocation': 'ThreatsLawEnforcement',
      'Recruitment fee or debt': 'DebtBondage',
      'Documents withheld': 'WithholdsDocuments',
      'Threats to family': 'ThreatensChildrenFamily',
      'Voluntary, informed enlistment': null,
      Unknown: null,
    });
  });
});
