/**
 * The wrapped copies of the data key (the `keys` table) and the vault they
 * open: one copy per profile, under the key its passphrase derives, and one
 * under the recovery key. Every change to them goes through the recorder.
 *
 * The recovery key is issued to a supervisor only (it opens the key without
 * any profile, so it can set a new passphrase on any profile, a supervisor's
 * included, and it outlives a deactivated profile): when an officer's
 * sign-in switches protection on, the records are sealed at once and the
 * recovery key waits for the first supervisor who holds the key.
 */
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import { DataError } from '../errors';
import type { Change, Recorder } from '../recorder/recorder';
import { generateDataKey, recoveryKeyEncryptionKey, unwrapDataKey, wrapDataKey } from './data-key';
import { SEARCH_HASHES_KEY } from './migration';
import { SEARCH_HASHES } from './sealed-record';
import type { Vault } from './vault';

export const RECOVERY_KEY_ID = 'recovery';
export const profileKeyId = (profileId: string) => `profile:${profileId}`;
const PROFILE_KEY_PREFIX = 'profile:';

/** What a profile's passphrase opened: the key, nothing (a copy never made for it), or no key on this workstation yet. */
export type UnlockOutcome = 'unlocked' | 'no-copy' | 'no-data-key';

/** Another window made the workstation's data key, or issued its recovery key, first: this one's is not kept. */
export class KeyExistsError extends DataError {
  readonly messageKey = 'recoveryKey.alreadyIssued';
  constructor() {
    super('The workstation already has this key');
    this.name = 'KeyExistsError';
  }
}

export class KeyRing {
  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    readonly vault: Vault,
  ) {}

  /**
   * A new data key, put in the vault, its wrapped copy for the profile and
   * the scheme of hashed search entries every case sealed with it will hold,
   * to be committed with the caller's changes under `onlyKey` (two windows
   * must never make two keys).
   */
  async create(profileId: string, keyEncryptionKey: CryptoKey): Promise<Change[]> {
    const dataKey = await generateDataKey();
    const changes = [
      this.recorder.put('keys', { id: profileKeyId(profileId), wrapped: await wrapDataKey(dataKey, keyEncryptionKey), at: this.clock.now() }),
      this.recorder.put('settings', { key: SEARCH_HASHES_KEY, value: SEARCH_HASHES }),
    ];
    await this.vault.adopt(dataKey);
    return changes;
  }

  /** The commit check of `create`: no key appeared meanwhile. */
  readonly onlyKey = async (): Promise<void> => {
    if ((await this.db.keys.count()) > 0) throw new KeyExistsError();
  };

  /** The profile's copy of the data key (needs the key in the vault): for a new profile, a new passphrase, an admission. */
  async wrapFor(profileId: string, keyEncryptionKey: CryptoKey): Promise<Change<'keys'>> {
    const wrapped = await wrapDataKey(this.vault.key(), keyEncryptionKey);
    return this.recorder.put('keys', { id: profileKeyId(profileId), wrapped, at: this.clock.now() });
  }

  async hasDataKey(): Promise<boolean> {
    return (await this.db.keys.count()) > 0;
  }

  /** Whether a supervisor has been given the recovery key (it is wrapped only once someone confirmed writing it down). */
  async recoveryKeyIssued(): Promise<boolean> {
    return (await this.db.keys.get(RECOVERY_KEY_ID)) !== undefined;
  }

  /** The profiles that hold a copy of the data key. */
  async holders(): Promise<Set<string>> {
    const ids = (await this.db.keys.where('id').startsWith(PROFILE_KEY_PREFIX).primaryKeys()) as string[];
    return new Set(ids.map((id) => id.slice(PROFILE_KEY_PREFIX.length)));
  }

  /**
   * The recovery key a supervisor has just written down: the data key is
   * wrapped under it, and the access log says who received it. KeyExistsError
   * when another window issued one first (this one then opens nothing).
   */
  async issueRecoveryKey(recoveryKey: string, supervisorId: string): Promise<void> {
    const kek = (await recoveryKeyEncryptionKey(recoveryKey))!;
    const wrapped = await wrapDataKey(this.vault.key(), kek);
    const copy = this.recorder.put('keys', { id: RECOVERY_KEY_ID, wrapped, at: this.clock.now() });
    await this.recorder.commit([copy, this.recorder.access('key', supervisorId, null, 'key:recovery')], {
      check: async () => {
        if (await this.recoveryKeyIssued()) throw new KeyExistsError();
      },
    });
  }

  /** Opens the profile's copy with the key its passphrase derived and puts the data key in the vault. */
  async unlock(profileId: string, keyEncryptionKey: CryptoKey): Promise<UnlockOutcome> {
    const dataKey = await this.open(profileId, keyEncryptionKey);
    if (dataKey === 'no-copy' || dataKey === 'no-data-key') return dataKey;
    await this.vault.adopt(dataKey);
    return 'unlocked';
  }

  /** The data key the profile's copy holds, without putting it in the vault. */
  async open(profileId: string, keyEncryptionKey: CryptoKey): Promise<CryptoKey | 'no-copy' | 'no-data-key'> {
    const copy = await this.db.keys.get(profileKeyId(profileId));
    if (!copy) return (await this.hasDataKey()) ? 'no-copy' : 'no-data-key';
    return (await unwrapDataKey(copy.wrapped, keyEncryptionKey)) ?? 'no-copy';
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
