/** Cell labels resolved once per translation function, in its own language: a new language's function resolves anew. */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';
import { labelsOf } from '../../../renderer/src/i18n/labels';

let i18n: I18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', fallbackLng: 'en', resources: { en: { translation: en }, fr: { translation: fr } }, interpolation: { escapeValue: false } });
});

describe('labelsOf', () => {
  it('gives what t gives, asking t once for each key however many cells show it', () => {
    const english = i18n.getFixedT('en');
    const t = vi.fn(english) as unknown as TFunction;
    for (let cell = 0; cell < 50; cell++) {
      expect(labelsOf(t)('taxonomy.priority.critical')).toBe(english('taxonomy.priority.critical'));
      expect(labelsOf(t)('caseList.noFollowUp')).toBe(english('caseList.noFollowUp'));
    }
    expect(t).toHaveBeenCalledTimes(2);
  });

  it('resolves anew for another language’s function', () => {
    const english = labelsOf(i18n.getFixedT('en'))('taxonomy.priority.critical');
    const french = labelsOf(i18n.getFixedT('fr'))('taxonomy.priority.critical');
    expect(french).toBe(i18n.getFixedT('fr')('taxonomy.priority.critical'));
    expect(french).not.toBe(english);
  });
});
