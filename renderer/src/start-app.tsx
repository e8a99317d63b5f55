/** Starts the renderer: message catalogue, host bridge, database, then the app (main.tsx; the benchmark's start with a session kept). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BridgeContext, pickBridge } from './bridge/host';
import { RepositoriesContext } from './data/context';
import { HomewardDb } from './data/db';
import { createExchange } from './data/exchange';
import { installAutomaticBackup } from './data/exchange/auto-backup';
import { createRepositories, type Repositories } from './data/repositories';
import { ExchangeContext } from './features/exchange/context';
import { createSyncSession } from './data/sync-session';
import { SyncSessionContext } from './features/sync/context';
import { initI18n, lastLanguage } from './i18n';
import './fonts';
import './styles.css';

export interface StartOptions {
  /** Run once the repositories exist, before the first render: the benchmark puts its data key in memory here. */
  prepare?: (repositories: Repositories) => Promise<void>;
}

export async function startApp({ prepare }: StartOptions = {}): Promise<void> {
  await initI18n(lastLanguage());
  const bridge = pickBridge();
  const db = new HomewardDb();
  const repositories = createRepositories(db);
  await prepare?.(repositories);
  // One exchange for the whole run: its keyring holds the automatic-backup key once a supervisor unlocks it.
  const exchange = createExchange(db, repositories);
  installAutomaticBackup({
    host: bridge.backups,
    backups: exchange.backups,
    keyring: exchange.keyring,
  });
  // One sync session for the window: it runs the replicator for whoever is signed in here.
  const sync = createSyncSession(db);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <BridgeContext.Provider value={bridge}>
        <RepositoriesContext.Provider value={repositories}>
          <ExchangeContext.Provider value={exchange}>
            <SyncSessionContext.Provider value={sync}>
              <App />
            </SyncSessionContext.Provider>
          </ExchangeContext.Provider>
        </RepositoriesContext.Provider>
      </BridgeContext.Provider>
    </StrictMode>,
  );
}
