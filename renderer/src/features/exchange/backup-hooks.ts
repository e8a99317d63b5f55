/** Live state of automatic backups: where the app runs, the passphrase marker, and whether this session holds the key. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppInfo } from '../../../../shared/bridge';
import { useBridge } from '../../bridge/host';
import type { AutomaticBackupStatus, BackupPassphraseMarker } from '../../data/exchange/backup-keyring';
import { useExchange } from './context';

export function useHost(): AppInfo['host'] | undefined {
  const bridge = useBridge();
  const [host, setHost] = useState<AppInfo['host']>();
  useEffect(() => {
    let current = true;
    void bridge.appInfo().then((info) => current && setHost(info.host));
    return () => {
      current = false;
    };
  }, [bridge]);
  return host;
}

export interface AutomaticBackupState {
  status: AutomaticBackupStatus;
  marker: BackupPassphraseMarker | null;
}

/**
 * Re-read when the stored marker changes (in any window) and when `revision`
 * changes: unlocking holds the key in memory, which no query can observe.
 */
export function useAutomaticBackupState(revision: number): AutomaticBackupState | undefined {
  const { keyring } = useExchange();
  return useLiveQuery(async () => {
    const [status, marker] = await Promise.all([keyring.status(), keyring.marker()]);
    return { status, marker };
  }, [keyring, revision]);
}
