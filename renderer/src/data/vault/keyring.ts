/**
 * The wrapped copies of the data key (the `keys` table) and the vault they
 * open: one copy per profile, under the key its passphrase derives, and one
 * under the recovery key. Every change to them goes through the recorder.
 */
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Change, Recorder } from '../recorder/recorder';
import { generateDataKey, newRecoveryKey, recoveryKeyEncryptionKey, unwrapDataKey, wrapDataKey } from './data-key';
import { SEARCH_HASHES_KEY } from './migration';
import { SEARCH_HASHES } from './sealed-record';
import type { Vault } from './vault';

export const RECOVERY_KEY_ID = 'recovery';
export const profileKeyId = (profileId: string) => `profile:${profileId}`;

/** What a profile's passphrase opened: the key, nothing (a copy never made for it), or no key on this workstation yet. */
export type UnlockOutcome = 'unlocked' | 'no-copy' | 'no-data-key';

export class KeyRing {
  /** The recovery key of a data key just created, until the first-run screen has shown it once. */
  private recoveryKey: string | null = null;

  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    readonly vault: Vault,
  ) {}

  /**
   * A new data key, put in the vault, and its wrapped copies for the
   * profile and the recovery key, to be committed with the caller's changes.
   * The recovery key is kept for `takeRecoveryKey`, never stored. No case
   * is sealed before its key exists: every one will hold the current
   * scheme of hashed search entries, which is recorded with the key.
   */
  async create(profileId: string, keyEncryptionKey: CryptoKey): Promise<Change[]> {
    const dataKey = await generateDataKey();
    const recoveryKey = newRecoveryKey();
    const recoveryKek = (await recoveryKeyEncryptionKey(recoveryKey))!;
    const now = this.clock.now();
    const changes = [
      this.recorder.put('keys', { id: profileKeyId(profileId), wrapped: await wrapDataKey(dataKey, keyEncryptionKey), at: now }),
      this.recorder.put('keys', { id: RECOVERY_KEY_ID, wrapped: await wrapDataKey(dataKey, recoveryKek), at: now }),
      this.recorder.put('settings', { key: SEARCH_HASHES_KEY, value: SEARCH_HASHES }),
    ];
    await this.vault.adopt(dataKey);
    this.recoveryKey = recoveryKey;
    return changes;
  }

  /** The recovery key of the data key this window created, once; null afterwards. */
  takeRecoveryKey(): string | null {
    const key = this.recoveryKey;
    this.recoveryKey = null;
    return key;
  }

  /** Whether a recovery key is waiting to be shown (first run, or the first supervisor sign-in after the upgrade). */
  get recoveryKeyPending(): boolean {
    return this.recoveryKey !== null;
  }

  /** The profile's copy of the data key (needs the key in the vault): for a new profile or a new passphrase. */
  async wrapFor(profileId: string, keyEncryptionKey: CryptoKey): Promise<Change<'keys'>> {
    const wrapped = await wrapDataKey(this.vault.key(), keyEncryptionKey);
    return this.recorder.put('keys', { id: profileKeyId(profileId), wrapped, at: this.clock.now() });
  }

  async hasDataKey(): Promise<boolean> {
    return (await this.db.keys.get(RECOVERY_KEY_ID)) !== undefined;
  }

  /** Opens the profile's copy with the key its passphrase derived and puts the data key in the vault. */
  async unlock(profileId: string, keyEncryptionKey: CryptoKey): Promise<UnlockOutcome> {
    const copy = await this.db.keys.get(profileKeyId(profileId));
    if (!copy) return (await this.hasDataKey()) ? 'no-copy' : 'no-data-key';
    const dataKey = await unwrapDataKey(copy.wrapped, keyEncryptionKey);
    if (!dataKey) return 'no-copy';
    await this.vault.adopt(dataKey);
    return 'unlocked';
  }

  /** Opens the recovery copy with a typed recovery key; false when it is not this workstation's. */
  async unlockWithRecoveryKey(typed: string): Promise<boolean> {
    const [copy, kek] = await Promise.all([this.db.keys.get(RECOVERY_KEY_ID), recoveryKeyEncryptionKey(typed)]);
    if (!copy || !kek) return false;
    const dataKey = await unwrapDataKey(copy.wrapped, kek);
    if (!dataKey) return false;
    await this.vault.adopt(dataKey);
    return true;
  }
}
