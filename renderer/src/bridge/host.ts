/** Picks the host bridge once at start: the preload's when running in Electron, the browser's otherwise. */
import { createContext, useContext } from 'react';
import { BRIDGE_GLOBAL, type HostBridge } from '../../../shared/bridge';
import { createBrowserBridge } from './browser-bridge';

export function pickBridge(scope: object = window): HostBridge {
  const exposed = (scope as Record<string, unknown>)[BRIDGE_GLOBAL];
  return exposed ? (exposed as HostBridge) : createBrowserBridge();
}

export const BridgeContext = createContext<HostBridge | null>(null);

export function useBridge(): HostBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge outside BridgeContext');
  return bridge;
}
