/**
 * The renderer's part of the automatic backup on quit: when the host asks
 * (the window is closing), make an encrypted backup with the session's key
 * and hand it to the host, which names, writes and rotates the files.
 * Without a key this session (no passphrase set, or not unlocked) nothing is
 * written: the answer is "skipped", and `BackupKeyring.status()` tells the UI
 * to remind the user. Nothing personal is logged on failure.
 */
import type { AutomaticBackupHost, QuitBackupOutcome } from '../../../../shared/bridge';
import type { BackupService } from './backup';
import type { BackupKeyring } from './backup-keyring';

export interface AutomaticBackupDependencies {
  host: AutomaticBackupHost;
  backups: BackupService;
  keyring: BackupKeyring;
  /** The signed-in profile, who is recorded as having made the backup; null before anyone has signed in. */
  actorId: () => string | null;
}

/** Makes and hands over one automatic backup now. */
export async function writeAutomaticBackup({ host, backups, keyring, actorId }: AutomaticBackupDependencies): Promise<QuitBackupOutcome> {
  const actor = actorId();
  const key = await keyring.sessionKey();
  if (!actor || !key) return 'skipped';
  const file = await backups.create({ key }, actor, { automatic: true });
  const result = await host.writeAutomatic(file.bytes);
  if (!result.written) return 'skipped';
  await backups.recordAutomatic(file.records, actor);
  return 'written';
}

/** Answers the host's quit requests for as long as the app runs; returns the uninstall function. */
export function installAutomaticBackup(dependencies: AutomaticBackupDependencies): () => void {
  return dependencies.host.onQuitRequest(() => writeAutomaticBackup(dependencies).catch((): QuitBackupOutcome => 'failed'));
}
