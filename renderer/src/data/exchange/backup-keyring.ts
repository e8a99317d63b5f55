/**
 * The passphrase of automatic backups.
 *
 * A supervisor sets it once; the workstation stores only a marker: the
 * PBKDF2 salt, the iteration count and a verifier (a digest of the derived
 * key under a fixed label), never the passphrase and never the key. A
 * supervisor who knows the passphrase unlocks automatic backups for the
 * session by typing it once; the derived AES key then lives in memory only,
 * non-extractable, until the app closes, and the backups made with it are
 * that supervisor's (`holder()`), whoever is signed in when the app closes. When the app quits without it having been unlocked,
 * no automatic backup is written and `status()` says so, for the UI to
 * remind the user. (A key kept on disk, however wrapped, would let anyone
 * with the computer decrypt the backups: the backups exist precisely for
 * when that computer is lost.)
 */
import { z } from 'zod';
import { TimestampSchema, UuidSchema } from '../../../../shared/schemas/primitives';
import type { Authorizer } from '../authorization';
import type { Clock } from '../clock';
import type { HomewardDb } from '../db';
import type { Recorder } from '../recorder/recorder';
import { BACKUP_KDF_ITERATIONS, deriveBackupKey, fromBase64, toBase64, type BackupKey } from './backup-crypto';
import { ExchangeError } from './errors';

export const BACKUP_PASSPHRASE_KEY = 'backupPassphrase';
export const MIN_BACKUP_PASSPHRASE_LENGTH = 12;

export const BackupPassphraseMarkerSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(BACKUP_KDF_ITERATIONS),
  salt: z.string().min(1),
  verifier: z.string().min(1),
  setAt: TimestampSchema,
  setBy: UuidSchema,
});
export type BackupPassphraseMarker = z.infer<typeof BackupPassphraseMarkerSchema>;

export type AutomaticBackupStatus = 'notSet' | 'locked' | 'ready';

/** The session's key and the supervisor who set or typed its passphrase. */
interface Unlocked {
  key: BackupKey;
  holderId: string;
}

export class BackupKeyring {
  private unlocked: Unlocked | null = null;

  constructor(
    private readonly db: HomewardDb,
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly authorizer: Authorizer,
  ) {}

  async marker(): Promise<BackupPassphraseMarker | null> {
    const record = await this.db.settings.get(BACKUP_PASSPHRASE_KEY);
    if (!record) return null;
    const parsed = BackupPassphraseMarkerSchema.safeParse(record.value);
    return parsed.success ? parsed.data : null;
  }

  /** Sets (or replaces) the passphrase and unlocks automatic backups for this session, in the setter's name (supervisors only). */
  async setPassphrase(passphrase: string, actorId: string): Promise<void> {
    await this.authorizer.require(actorId, 'data.backup');
    if (passphrase.length < MIN_BACKUP_PASSPHRASE_LENGTH) {
      throw new ExchangeError('backup.passphraseTooShort', { min: MIN_BACKUP_PASSPHRASE_LENGTH });
    }
    const derived = await deriveBackupKey(passphrase);
    const marker: BackupPassphraseMarker = {
      algorithm: 'PBKDF2-SHA-256',
      iterations: derived.iterations,
      salt: toBase64(derived.salt),
      verifier: derived.verifier,
      setAt: this.clock.now(),
      setBy: actorId,
    };
    const previous = await this.marker();
    const subject = { entity: 'settings', entityId: BACKUP_PASSPHRASE_KEY, caseId: null } as const;
    // History says that the passphrase was set or changed, and when; nothing derived from it.
    const history = previous
      ? this.recorder.rows.updated(subject, actorId, { passphraseSetAt: previous.setAt }, { passphraseSetAt: marker.setAt })
      : [this.recorder.rows.created(subject, actorId, { passphraseSetAt: marker.setAt })];
    await this.recorder.commit([this.recorder.put('settings', { key: BACKUP_PASSPHRASE_KEY, value: marker }, history)]);
    this.unlocked = { key: derived, holderId: actorId };
  }

  /**
   * Checks the passphrase against the marker; when right, keeps the key for
   * this session in the name of `actorId`, who must be allowed to make
   * backups (an officer who learnt the passphrase is refused, and recorded).
   */
  async unlock(passphrase: string, actorId: string): Promise<boolean> {
    await this.authorizer.require(actorId, 'data.backup');
    const marker = await this.marker();
    if (!marker) return false;
    const derived = await deriveBackupKey(passphrase, fromBase64(marker.salt), marker.iterations);
    if (!constantTimeEqual(derived.verifier, marker.verifier)) return false;
    this.unlocked = { key: derived, holderId: actorId };
    return true;
  }

  lock(): void {
    this.unlocked = null;
  }

  async status(): Promise<AutomaticBackupStatus> {
    const marker = await this.marker();
    if (!marker) return 'notSet';
    return (await this.sessionKey()) ? 'ready' : 'locked';
  }

  /**
   * The session's key, if it still matches the stored marker (a restore or a
   * change on another window may have replaced the passphrase meanwhile).
   */
  async sessionKey(): Promise<BackupKey | null> {
    return (await this.session())?.key ?? null;
  }

  /** The supervisor in whose name automatic backups are made this session, while the key is unlocked. */
  async holder(): Promise<string | null> {
    return (await this.session())?.holderId ?? null;
  }

  private async session(): Promise<Unlocked | null> {
    if (!this.unlocked) return null;
    const marker = await this.marker();
    if (!marker || marker.verifier !== this.unlocked.key.verifier) {
      this.unlocked = null;
      return null;
    }
    return this.unlocked;
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
