#!/usr/bin/env node
/**
 * `npm start`: builds the app with electron-vite and launches it in Electron.
 *
 * The electron package (v45) has no postinstall: its binary is downloaded on
 * first use by node_modules/electron/install.js (via @electron/get) into
 * node_modules/electron/dist, and path.txt then names the executable. This
 * script checks for that binary first and tries the download once, with a
 * time limit; when the runtime cannot be had it says so in one line and exits
 * non-zero instead of failing deep inside a build or a stack trace.
 *
 * The app always loads app://homeward (never a dev server), so the cases kept
 * in IndexedDB are the same ones the packaged app sees.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const electronViteCli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const DOWNLOAD_TIMEOUT_MS = 180_000;
const UNAVAILABLE =
  'Homeward: the Electron runtime could not be downloaded on this machine (no network access to its releases); run `npm run web` to use Homeward in a browser.';

/** The Electron executable if it is already on disk, else null. Never downloads (unlike require('electron')). */
function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative || 'electron') : relative ? path.join(electronDir, 'dist', relative) : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

/** Runs electron's own installer once; resolves true when it succeeded in time. Its output is kept quiet. */
function downloadElectron() {
  const installer = path.join(electronDir, 'install.js');
  if (!existsSync(installer)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore' });
    // Only worth a word when it actually downloads (a failed attempt ends in well under a second).
    const notice = setTimeout(() => console.log('Homeward: downloading the Electron runtime (first launch only)…'), 3_000);
    const limit = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS);
    const done = (ok) => {
      clearTimeout(notice);
      clearTimeout(limit);
      resolve(ok);
    };
    child.on('error', () => done(false));
    child.on('exit', (code) => done(code === 0));
  });
}

async function main() {
  let electron = installedElectron();
  if (electron === null && (await downloadElectron())) electron = installedElectron();
  if (electron === null) {
    console.error(UNAVAILABLE);
    return 1;
  }

  const build = spawnSync(process.execPath, [electronViteCli, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;

  const env = { ...process.env };
  // Either would turn the launch into something else: plain Node, or a dev-server origin.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  const app = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env, windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  return new Promise((resolve) => {
    app.on('error', () => {
      console.error('Homeward: the Electron runtime could not be started.');
      resolve(1);
    });
    app.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

process.exitCode = await main();
