/**
 * Vault.openMany: many envelopes decrypted, their plain texts decoded and parsed as one JSON array. Each value
 * comes back as `open` gives it, in order; a changed envelope or a wrong context fails the whole call; without
 * the key nothing opens.
 */
import { describe, expect, it } from 'vitest';
import { LockedError } from '../../../renderer/src/data/errors';
import { toBase64, fromBase64 } from '../../../renderer/src/data/vault/data-key';
import { setUpWorkstation } from '../data/fixtures';

const VALUES = [
  { fullName: 'Сергей Иванов', otherNames: ['Серёжа'], notes: 'line one\nline "two"' },
  'राम बहादुर',
  ['ندى', null, 3, { nested: [true, false] }],
  {},
  '',
  42,
  null,
];

describe('opening many envelopes together', () => {
  it('gives each value as opening it alone does, in order', async () => {
    const { repos } = await setUpWorkstation();
    const { vault } = repos.keyring;
    const envelopes = await Promise.all(VALUES.map(async (value, i) => [`cases:${i}`, await vault.seal(`cases:${i}`, value)] as const));
    expect(await vault.openMany(envelopes)).toEqual(VALUES);
    expect(await Promise.all(envelopes.map(([context, sealed]) => vault.open(context, sealed)))).toEqual(VALUES);
    expect(await vault.openMany([])).toEqual([]);
  });

  it('opens more envelopes than it parses at once (an index of every case), each value in its place', async () => {
    const { repos } = await setUpWorkstation();
    const { vault } = repos.keyring;
    const values = Array.from({ length: 12_001 }, (_, i) => [`name ${i}`, [`token${i}`]]);
    const envelopes = await Promise.all(values.map(async (value, i) => [`cases.sortName:${i}`, await vault.seal(`cases.sortName:${i}`, value)] as const));
    expect(await vault.openMany(envelopes)).toEqual(values);
  });

  it('fails as a whole for one changed envelope or one wrong context', async () => {
    const { repos } = await setUpWorkstation();
    const { vault } = repos.keyring;
    const envelopes = await Promise.all(VALUES.map(async (value, i) => [`cases:${i}`, await vault.seal(`cases:${i}`, value)] as const));
    const changed = fromBase64(envelopes[2]![1]);
    changed[20] = changed[20]! ^ 1;
    await expect(vault.openMany(envelopes.map((e, i) => (i === 2 ? [e[0], toBase64(changed)] : e)))).rejects.toThrow();
    await expect(vault.openMany(envelopes.map((e, i) => (i === 4 ? ['cases:5', e[1]] : e)))).rejects.toThrow();
  });

  it('opens nothing without the key', async () => {
    const { repos } = await setUpWorkstation();
    const { vault } = repos.keyring;
    const sealed = await vault.seal('cases:1', { fullName: 'Anele Khumalo' });
    vault.forget();
    await expect(vault.openMany([['cases:1', sealed]])).rejects.toBeInstanceOf(LockedError);
  });
});
