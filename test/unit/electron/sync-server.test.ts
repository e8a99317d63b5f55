/**
 * The sync server's origin, host side: stored in its own file, checked on
 * the way in, named exactly in the policy of every app:// response, and the
 * window reloaded when it changes.
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { registerSyncServerHandlers, SYNC_SERVER_FILE, SyncServerStore } from '../../../electron/main/sync-server';
import type { IpcInvokeEvent } from '../../../electron/main/ipc';
import { APP_ORIGIN, SyncServerChannel } from '../../../shared/ipc';

type Listener = (event: IpcInvokeEvent, ...args: unknown[]) => unknown;

let dir: string;
let store: SyncServerStore;
let handlers: Map<string, Listener>;
let reload: ReturnType<typeof vi.fn<(sender: unknown) => void>>;
const fileSystem = { readFile: (p: string, e: 'utf8') => readFile(p, e), writeFile: (p: string, d: string) => writeFile(p, d), rename };

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'homeward-sync-origin-'));
  store = new SyncServerStore(() => dir, fileSystem);
  handlers = new Map();
  reload = vi.fn<(sender: unknown) => void>();
  registerSyncServerHandlers({ ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener) }, allowedOrigins: [APP_ORIGIN], store, reload });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, payload?: unknown, url = 'app://homeward/index.html') =>
  Promise.resolve(handlers.get(channel)!({ senderFrame: { url }, sender: { printToPDF: async () => new Uint8Array() } }, payload));

const policyOf = async (origin: () => string | null) => {
  const handler = createAppProtocolHandler({ root: dir, readFile: async () => new TextEncoder().encode('<!doctype html>'), syncServerOrigin: origin });
  return (await handler({ url: 'app://homeward/', method: 'GET' })).headers.get('Content-Security-Policy')!;
};
const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('sync server origin over IPC', () => {
  it('stores a new origin in its own file and reloads the window; the same origin again changes nothing', async () => {
    expect(await call(SyncServerChannel.allowedOrigin)).toBeNull();
    expect(await call(SyncServerChannel.allowOrigin, { origin: 'https://couch.example:6984' })).toEqual({ outcome: 'reloading', allowed: 'https://couch.example:6984' });
    await new Promise((r) => setTimeout(r, 5));
    expect(reload).toHaveBeenCalledOnce();
    expect(JSON.parse(await readFile(path.join(dir, SYNC_SERVER_FILE), 'utf8'))).toEqual({ origin: 'https://couch.example:6984' });
    expect(await call(SyncServerChannel.allowedOrigin)).toBe('https://couch.example:6984');

    expect(await call(SyncServerChannel.allowOrigin, { origin: 'https://couch.example:6984' })).toEqual({ outcome: 'unchanged', allowed: 'https://couch.example:6984' });
    await new Promise((r) => setTimeout(r, 5));
    expect(reload).toHaveBeenCalledOnce();

    // A restart reads it back.
    const again = new SyncServerStore(() => dir, fileSystem);
    expect(await again.load()).toBe('https://couch.example:6984');
  });

  it('refuses what is not one plain origin, naming the field, and keeps the stored one', async () => {
    await call(SyncServerChannel.allowOrigin, { origin: 'https://couch.example' });
    for (const origin of [
      'http://couch.example:5984',
      'https://couch.example/db',
      'https://admin:secret@couch.example',
      "https://couch.example; script-src 'unsafe-inline'",
      'https://*.example',
      'ftp://couch.example',
      'https://COUCH.example',
      'javascript:alert(1)',
      42,
    ]) {
      await expect(call(SyncServerChannel.allowOrigin, { origin }), String(origin)).rejects.toThrow(/homeward:sync:allow-origin: invalid request \(origin: /);
    }
    await expect(call(SyncServerChannel.allowOrigin, {})).rejects.toThrow(/origin/);
    expect(store.current).toBe('https://couch.example');
  });

  it('allows plain http on this machine only', async () => {
    for (const origin of ['http://127.0.0.1:5984', 'http://localhost:5984', 'http://[::1]:5984']) {
      expect(await call(SyncServerChannel.allowOrigin, { origin })).toMatchObject({ allowed: origin });
    }
  });

  it('answers only the app itself', async () => {
    await expect(call(SyncServerChannel.allowOrigin, { origin: 'https://couch.example' }, 'https://evil.example/')).rejects.toThrow(/not the Homeward app/);
    await expect(call(SyncServerChannel.allowedOrigin, undefined, 'https://evil.example/')).rejects.toThrow(/not the Homeward app/);
    expect(store.current).toBeNull();
  });

  it('null takes the server away again', async () => {
    await call(SyncServerChannel.allowOrigin, { origin: 'https://couch.example' });
    expect(await call(SyncServerChannel.allowOrigin, { origin: null })).toEqual({ outcome: 'reloading', allowed: null });
    expect(store.current).toBeNull();
  });

  it('a missing or altered file allows nothing', async () => {
    expect(await store.load()).toBeNull();
    await writeFile(path.join(dir, SYNC_SERVER_FILE), JSON.stringify({ origin: 'https://couch.example; script-src *' }));
    expect(await store.load()).toBeNull();
    await writeFile(path.join(dir, SYNC_SERVER_FILE), 'not json');
    expect(await store.load()).toBeNull();
  });
});

describe('the app:// policy names the stored origin', () => {
  it("connect-src is 'self' plus exactly that origin, read at each response", async () => {
    expect(connectSrc(await policyOf(() => store.current))).toBe("connect-src 'self'");
    await call(SyncServerChannel.allowOrigin, { origin: 'https://couch.example:6984' });
    const policy = await policyOf(() => store.current);
    expect(connectSrc(policy)).toBe("connect-src 'self' https://couch.example:6984");
    // Nothing else is widened by it.
    expect(policy.replace(' https://couch.example:6984', '')).toBe(await policyOf(() => null));
  });
});
