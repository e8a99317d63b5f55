/**
 * The CouchDB-compatible server the sync tests talk to. By default PouchDB
 * Server (test/sync-server/, installed on demand: it is not one of the app's
 * dependencies) started on 127.0.0.1 on a free port, with its data in a
 * temporary folder so that a test can kill it and start it again on the same
 * data; stopped by its process id. With COUCHDB_URL (and
 * COUCHDB_ADMIN_USER/COUCHDB_ADMIN_PASSWORD) the tests run against that
 * server instead, a real Apache CouchDB 3.x.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addServerUser, setUpPost, type AdminConnection, type StaffRole } from '../../scripts/sync/server-setup';

const SERVER_DIR = fileURLToPath(new URL('../sync-server', import.meta.url));
const BIN = join(SERVER_DIR, 'node_modules/pouchdb-server/bin/pouchdb-server');

/** Installs PouchDB Server from its own lock file when it is missing; no install scripts (leveldown ships prebuilt binaries). */
export function ensureStandInInstalled(): void {
  if (existsSync(BIN)) return;
  execFileSync('npm', ['ci', '--prefix', SERVER_DIR, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

export interface SyncTestServer {
  url: string;
  admin: AdminConnection;
  /** True for PouchDB Server: checks only a real CouchDB 3.x can make are skipped, with the reason. */
  standIn: boolean;
  /** Kills the server at once (SIGKILL), as a crash would; PouchDB Server only. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data; PouchDB Server only. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  setUpPost(postCode: string): Promise<void>;
  addUser(postCode: string, name: string, role: StaffRole, password?: string): Promise<void>;
}

export const TEST_ACCOUNT_PASSWORD = 'server-password-1';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PouchDB Server exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PouchDB Server did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startSyncServer(): Promise<SyncTestServer> {
  const external = process.env.COUCHDB_URL;
  if (external) {
    const admin = { server: external, user: process.env.COUCHDB_ADMIN_USER ?? 'admin', password: process.env.COUCHDB_ADMIN_PASSWORD ?? '' };
    const unsupported = async () => {
      throw new Error('A real CouchDB is not killed by the tests');
    };
    return {
      url: external,
      admin,
      standIn: false,
      kill: unsupported,
      restart: unsupported,
      stop: async () => {},
      setUpPost: async (code) => void (await setUpPost(admin, code)),
      addUser: (code, name, role, password = TEST_ACCOUNT_PASSWORD) => addServerUser(admin, code, { name, role, password }),
    };
  }
  ensureStandInInstalled();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'homeward-sync-'));
  const url = `http://127.0.0.1:${port}`;
  const admin = { server: url, user: 'admin', password: 'admin-password-1' };
  let child: ChildProcess;
  const launch = async () => {
    // -n: no log on stdout; the log file and config stay in the temporary folder.
    child = spawn(process.execPath, [BIN, '--port', String(port), '--host', '127.0.0.1', '--dir', dir, '--config', join(dir, 'config.json'), '-n'], {
      cwd: dir,
      stdio: 'ignore',
    });
    await waitUntilUp(url, child);
  };
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(child.pid!, signal);
    await exited;
  };
  await launch();
  // The fresh server is in "admin party" mode: the first admin ends it, as on a CouchDB being set up.
  const created = await fetch(`${url}/_config/admins/${admin.user}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (!created.ok) throw new Error(`Could not create the test server's admin: ${created.status}`);
  return {
    url,
    admin,
    standIn: true,
    kill: () => end('SIGKILL'),
    restart: launch,
    stop: async () => {
      await end('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
    setUpPost: async (code) => void (await setUpPost(admin, code)),
    addUser: (code, name, role, password = TEST_ACCOUNT_PASSWORD) => addServerUser(admin, code, { name, role, password }),
  };
}
