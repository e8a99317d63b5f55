import { describe, expect, it } from 'vitest';
import {
  contactLostBefore,
  contactStatusAt,
  deriveContactState,
  isSuccessfulContact,
  type ContactState,
} from '../../../../shared/domain/contact-status';
import { ContactOutcome, ContactWith, CurrentSituation } from '../../../../shared/taxonomy';
import type { ContactEntry } from '../../../../shared/schemas/contact';

type Entry = Pick<ContactEntry, 'at' | 'outcome' | 'with' | 'deletedAt'>;

function entry(at: string, outcome: Entry['outcome'], withWhom: Entry['with'] = 'citizen', deletedAt: string | null = null): Entry {
  return { at, outcome, with: withWhom, deletedAt };
}

const DAY = 24 * 60 * 60 * 1000;
const LAST = '2026-03-01T12:00:00.000Z';
const inContact: ContactState = { basis: 'in_contact', lastSuccessfulAt: LAST, lastAttemptAt: LAST };

function plus(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

describe('isSuccessfulContact', () => {
  const table = ContactOutcome.codes.flatMap((outcome) => ContactWith.codes.map((w) => [outcome, w] as const));
  it.each(table)('%s with %s', (outcome, w) => {
    const expected = outcome === 'proof_of_life' || (outcome === 'reached' && w === 'citizen');
    expect(isSuccessfulContact({ outcome, with: w })).toBe(expected);
  });
});

describe('deriveContactState', () => {
  it('is not contacted with an empty log', () => {
    expect(deriveContactState([], 'unknown')).toEqual({ basis: 'not_contacted', lastSuccessfulAt: null, lastAttemptAt: null });
  });

  it('ignores tombstoned entries', () => {
    const deleted = '2026-03-02T00:00:00.000Z';
    expect(deriveContactState([entry(LAST, 'reached', 'citizen', deleted)], 'deployed')).toEqual({
      basis: 'not_contacted',
      lastSuccessfulAt: null,
      lastAttemptAt: null,
    });
    const state = deriveContactState(
      [entry('2026-02-01T10:00:00Z', 'no_answer'), entry(LAST, 'proof_of_life', 'family', deleted)],
      'deployed',
    );
    expect(state).toEqual({ basis: 'attempting', lastSuccessfulAt: null, lastAttemptAt: '2026-02-01T10:00:00.000Z' });
  });

  it('ignores a deleted refusal', () => {
    const state = deriveContactState(
      [entry('2026-02-01T10:00:00Z', 'reached'), entry(LAST, 'refused_help', 'citizen', '2026-03-02T00:00:00Z')],
      'deployed',
    );
    expect(state.basis).toBe('in_contact');
  });

  it('is attempting when no entry succeeded', () => {
    const state = deriveContactState(
      [
        entry('2026-02-01T10:00:00Z', 'no_answer'),
        entry('2026-02-02T10:00:00Z', 'message_left'),
        entry('2026-02-03T10:00:00Z', 'wrong_number'),
        entry('2026-02-04T10:00:00Z', 'reached', 'family'),
        entry('2026-02-05T10:00:00Z', 'reached', 'authority'),
        entry('2026-02-06T10:00:00Z', 'reached', 'ngo'),
      ],
      'unknown',
    );
    expect(state).toEqual({ basis: 'attempting', lastSuccessfulAt: null, lastAttemptAt: '2026-02-06T10:00:00.000Z' });
  });

  it('is in contact after the citizen was reached', () => {
    const state = deriveContactState([entry('2026-02-01T10:00:00Z', 'no_answer'), entry(LAST, 'reached')], 'deployed');
    expect(state).toEqual({ basis: 'in_contact', lastSuccessfulAt: LAST, lastAttemptAt: LAST });
  });

  it.each(ContactWith.codes)('counts proof of life from %s as contact', (w) => {
    const state = deriveContactState([entry(LAST, 'proof_of_life', w)], 'prisoner_of_war');
    expect(state).toEqual({ basis: 'in_contact', lastSuccessfulAt: LAST, lastAttemptAt: LAST });
  });

  it('takes the latest times whatever the order of the entries', () => {
    const entries = [
      entry('2026-02-10T10:00:00Z', 'reached'),
      entry('2026-02-20T10:00:00Z', 'no_answer'),
      entry('2026-02-01T10:00:00Z', 'proof_of_life', 'family'),
      entry('2026-02-15T10:00:00Z', 'proof_of_life', 'ngo'),
      entry('2026-02-05T10:00:00Z', 'message_left'),
    ];
    const expected = { basis: 'in_contact', lastSuccessfulAt: '2026-02-15T10:00:00.000Z', lastAttemptAt: '2026-02-20T10:00:00.000Z' };
    expect(deriveContactState(entries, 'deployed')).toEqual(expected);
    expect(deriveContactState([...entries].reverse(), 'deployed')).toEqual(expected);
    expect(deriveContactState([entries[3]!, entries[0]!, entries[4]!, entries[1]!, entries[2]!], 'deployed')).toEqual(expected);
  });

  it('compares instants, not strings, and returns them in UTC', () => {
    // 10:00+03:00 is 07:00Z, earlier than 08:00Z although its text sorts later.
    const state = deriveContactState([entry('2026-03-01T10:00:00+03:00', 'reached'), entry('2026-03-01T08:00:00Z', 'no_answer')], 'deployed');
    expect(state).toEqual({ basis: 'in_contact', lastSuccessfulAt: '2026-03-01T07:00:00.000Z', lastAttemptAt: '2026-03-01T08:00:00.000Z' });
  });

  describe('declines assistance', () => {
    it('when the latest conversation with the citizen is a refusal', () => {
      const entries = [entry('2026-02-01T10:00:00Z', 'reached'), entry('2026-02-02T10:00:00Z', 'refused_help')];
      expect(deriveContactState(entries, 'deployed')).toEqual({
        basis: 'declines',
        lastSuccessfulAt: '2026-02-01T10:00:00.000Z',
        lastAttemptAt: '2026-02-02T10:00:00.000Z',
      });
      expect(deriveContactState([...entries].reverse(), 'deployed').basis).toBe('declines');
    });

    it('with a refusal as the only entry', () => {
      expect(deriveContactState([entry(LAST, 'refused_help')], 'in_training').basis).toBe('declines');
    });

    it('not when the citizen was reached again after refusing', () => {
      const entries = [entry('2026-02-02T10:00:00Z', 'refused_help'), entry('2026-02-03T10:00:00Z', 'reached')];
      expect(deriveContactState(entries, 'deployed').basis).toBe('in_contact');
      const proof = [entry('2026-02-02T10:00:00Z', 'refused_help'), entry('2026-02-03T10:00:00Z', 'proof_of_life')];
      expect(deriveContactState(proof, 'deployed').basis).toBe('in_contact');
    });

    it.each(['no_answer', 'message_left', 'wrong_number'] as const)('still after an unanswered attempt (%s) with the citizen', (outcome) => {
      const entries = [entry('2026-02-03T10:00:00Z', outcome), entry('2026-02-02T10:00:00Z', 'refused_help')];
      expect(deriveContactState(entries, 'deployed').basis).toBe('declines');
    });

    it('still after a later contact with someone else (a refusal is the citizen’s own word)', () => {
      const entries = [entry('2026-02-02T10:00:00Z', 'refused_help'), entry('2026-02-03T10:00:00Z', 'proof_of_life', 'family')];
      const state = deriveContactState(entries, 'deployed');
      expect(state.basis).toBe('declines');
      expect(state.lastSuccessfulAt).toBe('2026-02-03T10:00:00.000Z');
    });

    it('not when someone else reports that the citizen refuses', () => {
      const entries = [entry('2026-02-01T10:00:00Z', 'reached'), entry('2026-02-02T10:00:00Z', 'refused_help', 'family')];
      expect(deriveContactState(entries, 'deployed').basis).toBe('in_contact');
    });

    it('when a refusal and a contact carry the same instant, in either order', () => {
      const a = [entry(LAST, 'reached'), entry('2026-03-01T14:00:00+02:00', 'refused_help')];
      expect(deriveContactState(a, 'deployed').basis).toBe('declines');
      expect(deriveContactState([...a].reverse(), 'deployed').basis).toBe('declines');
    });
  });

  describe('deceased', () => {
    it('when death is confirmed, whatever the log', () => {
      expect(deriveContactState([], 'confirmed_dead').basis).toBe('deceased');
      expect(deriveContactState([entry(LAST, 'reached')], 'confirmed_dead')).toEqual({
        basis: 'deceased',
        lastSuccessfulAt: LAST,
        lastAttemptAt: LAST,
      });
      expect(deriveContactState([entry(LAST, 'refused_help')], 'confirmed_dead').basis).toBe('deceased');
    });

    it('not on a report of death alone: the log decides', () => {
      expect(deriveContactState([], 'reported_dead').basis).toBe('not_contacted');
      expect(deriveContactState([entry(LAST, 'no_answer')], 'reported_dead').basis).toBe('attempting');
      expect(deriveContactState([entry(LAST, 'reached')], 'reported_dead').basis).toBe('in_contact');
    });

    it.each(CurrentSituation.codes.filter((c) => c !== 'confirmed_dead'))('not for the situation %s', (situation) => {
      expect(deriveContactState([entry(LAST, 'reached')], situation).basis).toBe('in_contact');
    });
  });

  it('rejects an unreadable time', () => {
    expect(() => deriveContactState([entry('yesterday', 'reached')], 'deployed')).toThrow(RangeError);
  });
});

describe('contactStatusAt', () => {
  it('is in contact just before the limit, lost exactly at it (14 days)', () => {
    expect(contactStatusAt(inContact, plus(LAST, 14 * DAY - 1), 14)).toBe('in_contact');
    expect(contactStatusAt(inContact, plus(LAST, 14 * DAY), 14)).toBe('contact_lost');
    expect(contactStatusAt(inContact, plus(LAST, 400 * DAY), 14)).toBe('contact_lost');
  });

  it('is in contact right after the contact, and with a contact in the future (clock skew)', () => {
    expect(contactStatusAt(inContact, LAST, 14)).toBe('in_contact');
    expect(contactStatusAt(inContact, plus(LAST, -DAY), 14)).toBe('in_contact');
  });

  it('honours the configured number of days', () => {
    expect(contactStatusAt(inContact, plus(LAST, 3 * DAY - 1), 3)).toBe('in_contact');
    expect(contactStatusAt(inContact, plus(LAST, 3 * DAY), 3)).toBe('contact_lost');
    expect(contactStatusAt(inContact, plus(LAST, 20 * DAY), 30)).toBe('in_contact');
  });

  it('compares instants across offsets', () => {
    // 14 days after LAST is 2026-03-15T12:00Z = 14:00+02:00.
    expect(contactStatusAt(inContact, '2026-03-15T13:59:59.999+02:00', 14)).toBe('in_contact');
    expect(contactStatusAt(inContact, '2026-03-15T14:00:00+02:00', 14)).toBe('contact_lost');
  });

  it.each(['not_contacted', 'attempting', 'declines', 'deceased'] as const)('maps %s to itself, whatever the time', (basis) => {
    const state: ContactState = { basis, lastSuccessfulAt: LAST, lastAttemptAt: LAST };
    expect(contactStatusAt(state, plus(LAST, 100 * DAY), 14)).toBe(basis);
    expect(contactStatusAt({ basis, lastSuccessfulAt: null, lastAttemptAt: null }, LAST, 14)).toBe(basis);
  });

  it('counts an in-contact state without a contact time as lost', () => {
    expect(contactStatusAt({ basis: 'in_contact', lastSuccessfulAt: null, lastAttemptAt: null }, LAST, 14)).toBe('contact_lost');
  });

  it('works on a derived state end to end', () => {
    const state = deriveContactState([entry('2026-03-01T14:00:00+02:00', 'reached')], 'deployed');
    expect(contactStatusAt(state, '2026-03-15T11:59:59.999Z', 14)).toBe('in_contact');
    expect(contactStatusAt(state, '2026-03-15T12:00:00.000Z', 14)).toBe('contact_lost');
  });
});

describe('contactLostBefore', () => {
  it('is now minus the days, in UTC', () => {
    expect(contactLostBefore('2026-03-15T12:00:00.000Z', 14)).toBe('2026-03-01T12:00:00.000Z');
    expect(contactLostBefore('2026-03-15T14:00:00+02:00', 14)).toBe('2026-03-01T12:00:00.000Z');
    expect(contactLostBefore('2026-03-31T00:30:00.000Z', 1)).toBe('2026-03-30T00:30:00.000Z');
  });

  it('agrees with contactStatusAt: lost ⇔ lastSuccessfulAt <= contactLostBefore', () => {
    const now = '2026-03-15T12:00:00.000Z';
    const bound = contactLostBefore(now, 14);
    for (const offset of [-DAY, -1, 0, 1, DAY]) {
      const last = plus(bound, offset);
      const state: ContactState = { basis: 'in_contact', lastSuccessfulAt: last, lastAttemptAt: last };
      expect(contactStatusAt(state, now, 14) === 'contact_lost').toBe(last <= bound);
    }
  });

  it('rejects an unreadable time', () => {
    expect(() => contactLostBefore('now', 14)).toThrow(RangeError);
  });
});
