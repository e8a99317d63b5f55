/** Starts the renderer: message catalogue, host bridge, database, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BridgeContext, pickBridge } from './bridge/host';
import { RepositoriesContext } from './data/context';
import { HomewardDb } from './data/db';
import { createExchange } from './data/exchange';
import { installAutomaticBackup } from './data/exchange/auto-backup';
import { createRepositories } from './data/repositories';
import { ExchangeContext } from './features/exchange/context';
import { initI18n, lastLanguage } from './i18n';
import './fonts';
import './styles.css';

async function start(): Promise<void> {
  await initI18n(lastLanguage());
  const bridge = pickBridge();
  const db = new HomewardDb();
  const repositories = createRepositories(db);
  // One exchange for the whole run: its keyring holds the automatic-backup key once a supervisor unlocks it.
  const exchange = createExchange(db, repositories);
  installAutomaticBackup({
    host: bridge.backups,
    backups: exchange.backups,
    keyring: exchange.keyring,
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <BridgeContext.Provider value={bridge}>
        <RepositoriesContext.Provider value={repositories}>
          <ExchangeContext.Provider value={exchange}>
            <App />
          </ExchangeContext.Provider>
        </RepositoriesContext.Provider>
      </BridgeContext.Provider>
    </StrictMode>,
  );
}

void start();
