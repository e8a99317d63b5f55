/**
 * Options of the one application window. Every security-relevant
 * webPreference is set explicitly, even where it equals Electron's default,
 * so a change of default can never loosen it silently.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { mainMessages } from './messages';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** app.isPackaged: DevTools are only available in development builds. */
  isPackaged: boolean;
}

export function createWindowOptions({ preloadPath, isPackaged }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: mainMessages().appTitle,
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // On Linux Chromium downloads spell-check dictionaries from Google's
      // servers; this app makes no network requests at all.
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}
