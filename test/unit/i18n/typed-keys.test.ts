/**
 * The catalogue is typed: `npm run typecheck` compiles this file, and each
 * `@ts-expect-error` below fails the typecheck if its line stops being an
 * error, so a wrong key can never again pass unnoticed.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { isMessageKey, knownKey, taxonomyKey, termLabel, type MessageKey, type TaxonomyKey } from '../../../renderer/src/i18n/keys';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('a typed key', () => {
  it('is a key of the English catalogue, or does not compile', () => {
    expect(i18n.t('signIn.title')).toBe('Sign in to Homeward');
    // A plural message is called by its base key.
    expect(i18n.t('signIn.locked', { count: 2 })).toBe('Too many wrong passphrases. Try again in 2 seconds.');
    // @ts-expect-error: not a key of the catalogue
    expect(i18n.t('a.wrong.key')).toBe('a.wrong.key');
    // @ts-expect-error: a misspelt key
    expect(i18n.t('signIn.titel')).toBe('signIn.titel');

    const key: MessageKey = 'errors.staleWrite';
    // @ts-expect-error: a plain string is not a key
    const fromString: MessageKey = String('errors.staleWrite');
    expect([key, fromString]).toEqual(['errors.staleWrite', 'errors.staleWrite']);
  });

  it('names a term of its own vocabulary only', () => {
    const label: TaxonomyKey<'caseStatus'> = taxonomyKey('caseStatus', 'in_contact');
    expect(i18n.t(label)).toBe('In contact');
    // @ts-expect-error: `deceased` is a closure reason, not a status
    taxonomyKey('caseStatus', 'deceased');
    // @ts-expect-error: a status code under the closure reasons
    const wrong: TaxonomyKey = 'taxonomy.closureReason.in_contact';
    expect(isMessageKey(wrong)).toBe(false);
  });

  it('names the words of every refusal of the status lifecycle', () => {
    const refusal: MessageKey = 'transition.returned_needs_arrival';
    expect(i18n.t(refusal)).toBe('A case can be marked Returned only when the step “Arrived home” is Done.');
    // @ts-expect-error: no such refusal
    i18n.t('transition.returned_needs_approval');
  });
});

describe('a key that arrives as a plain string at run time', () => {
  it('is kept when the catalogue has a message under it', () => {
    expect(knownKey('validation.country', 'validation.invalid')).toBe('validation.country');
    expect(knownKey('signIn.locked', 'validation.invalid')).toBe('signIn.locked');
    expect(knownKey('taxonomy.caseStatus.closed', 'validation.invalid')).toBe('taxonomy.caseStatus.closed');
  });

  it('falls back to the generic message when it is unknown, a group of messages, or missing', () => {
    expect(knownKey('validation.nope', 'validation.invalid')).toBe('validation.invalid');
    expect(knownKey('Invalid input: expected string, received undefined', 'validation.invalid')).toBe('validation.invalid');
    expect(knownKey('validation', 'errors.unexpected')).toBe('errors.unexpected');
    expect(knownKey('taxonomy.caseStatus', 'csv.invalid')).toBe('csv.invalid');
    expect(knownKey('validation.country.more', 'validation.invalid')).toBe('validation.invalid');
    expect(knownKey('toString', 'validation.invalid')).toBe('validation.invalid');
    expect(knownKey(undefined, 'validation.invalid')).toBe('validation.invalid');
  });

  it('shows a stored code by its label, or as stored when its vocabulary has no such code', () => {
    expect(termLabel(i18n.t, 'recruitmentMethod', 'false_job_offer')).toBe('False job offer');
    expect(termLabel(i18n.t, 'recruitmentMethod', 'in_contact')).toBe('in_contact');
  });
});
