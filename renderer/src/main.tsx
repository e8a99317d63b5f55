/** Starts the renderer: message catalogue, host bridge, database, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { BridgeContext, pickBridge } from './bridge/host';
import { RepositoriesContext } from './data/context';
import { HomewardDb } from './data/db';
import { createRepositories } from './data/repositories';
import { initI18n } from './i18n';
import './styles.css';

async function start(): Promise<void> {
  await initI18n();
  const bridge = pickBridge();
  const repositories = createRepositories(new HomewardDb());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <BridgeContext.Provider value={bridge}>
        <RepositoriesContext.Provider value={repositories}>
          <App />
        </RepositoriesContext.Provider>
      </BridgeContext.Provider>
    </StrictMode>,
  );
}

void start();
