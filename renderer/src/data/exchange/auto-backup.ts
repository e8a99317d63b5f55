/**
 * The renderer's part of the automatic backup on quit: when the host asks
 * (the window is closing), make an encrypted backup with the session's key
 * and hand it to the host, which names, writes and rotates the files.
 * Without a key this session (no passphrase set, or no supervisor typed it)
 * nothing is written: the answer is "skipped", and `BackupKeyring.status()`
 * tells the UI to remind a supervisor. The backup is made in the name of the
 * supervisor who unlocked the key, whoever is signed in when the window
 * closes, and is refused if that profile may no longer make backups.
 * Nothing personal is logged on failure.
 */
import type { AutomaticBackupHost, QuitBackupOutcome } from '../../../../shared/bridge';
import type { BackupService } from './backup';
import type { BackupKeyring } from './backup-keyring';

export interface AutomaticBackupDependencies {
  host: AutomaticBackupHost;
  backups: BackupService;
  keyring: BackupKeyring;
}

/** Makes and hands over one automatic backup now. */
export async function writeAutomaticBackup({ host, backups, keyring }: AutomaticBackupDependencies): Promise<QuitBackupOutcome> {
  const [key, actor] = await Promise.all([keyring.sessionKey(), keyring.holder()]);
  if (!key || !actor) return 'skipped';
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
