import { describe, expect, it } from 'vitest';
import { hashPassphrase, lockoutDelaySeconds, PBKDF2_ITERATIONS, verifyPassphrase } from '../../../renderer/src/data/auth/passphrase';

describe('passphrase hashing', () => {
  it('stores a salted PBKDF2-SHA-256 verifier with at least 600,000 iterations by default, never the passphrase', async () => {
    const record = await hashPassphrase('correct horse battery');
    expect(record.algorithm).toBe('PBKDF2-SHA-256');
    expect(record.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(record)).not.toContain('correct horse');
    expect(atob(record.salt)).toHaveLength(16);
    expect(await verifyPassphrase('correct horse battery', record)).not.toBeNull();
  });

  it('refuses a wrong passphrase, and gives the same passphrase a different salt each time', async () => {
    const a = await hashPassphrase('Sawubona-2026!', 1000);
    const b = await hashPassphrase('Sawubona-2026!', 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.verifier).not.toBe(b.verifier);
    expect(await verifyPassphrase('sawubona-2026!', a)).toBeNull();
    expect(await verifyPassphrase('Sawubona-2026! ', a)).toBeNull();
    expect(await verifyPassphrase('Sawubona-2026!', b)).not.toBeNull();
  });

  it('treats canonically equal Unicode as the same passphrase', async () => {
    const record = await hashPassphrase('Jos\u00e9 passphrase', 1000);
    expect(await verifyPassphrase('Jose\u0301 passphrase', record)).not.toBeNull();
  });

  it('derives a key-encryption key that can wrap and unwrap a data key', async () => {
    const record = await hashPassphrase('a long passphrase here', 1000);
    const secrets = await verifyPassphrase('a long passphrase here', record);
    const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    const wrapped = await crypto.subtle.wrapKey('raw', dataKey, secrets!.keyEncryptionKey, 'AES-KW');
    const again = await verifyPassphrase('a long passphrase here', record);
    const unwrapped = await crypto.subtle.unwrapKey('raw', wrapped, again!.keyEncryptionKey, 'AES-KW', 'AES-GCM', true, ['decrypt']);
    expect(new Uint8Array(await crypto.subtle.exportKey('raw', unwrapped))).toEqual(new Uint8Array(await crypto.subtle.exportKey('raw', dataKey)));
  });
});

describe('lock-out after wrong passphrases', () => {
  it('lets three attempts through, then doubles the wait up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 50].map(lockoutDelaySeconds)).toEqual([0, 0, 0, 2, 4, 8, 16, 256, 300]);
  });
});
