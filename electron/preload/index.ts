/**
 * Preload (sandboxed: only 'electron' may be imported at runtime). Exposes the
 * HostBridge, and nothing else, to the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/bridge';
import { createPreloadBridge } from './bridge';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createPreloadBridge(ipcRenderer));
