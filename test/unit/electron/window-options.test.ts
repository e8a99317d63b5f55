import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/main/window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true });
  const web = options.webPreferences ?? {};

  it('sets every security-relevant webPreference explicitly', () => {
    // toHaveProperty + toBe: an omitted key (relying on a default) fails.
    expect(web).toHaveProperty('contextIsolation', true);
    expect(web).toHaveProperty('sandbox', true);
    expect(web).toHaveProperty('nodeIntegration', false);
    expect(web).toHaveProperty('nodeIntegrationInWorker', false);
    expect(web).toHaveProperty('nodeIntegrationInSubFrames', false);
    expect(web).toHaveProperty('webviewTag', false);
    expect(web).toHaveProperty('webSecurity', true);
    expect(web).toHaveProperty('allowRunningInsecureContent', false);
    expect(web).toHaveProperty('experimentalFeatures', false);
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses the given preload and waits for ready-to-show', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Homeward');
  });

  it('has a sensible size and minimum size', () => {
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minHeight).toBeGreaterThanOrEqual(480);
  });

  it('enables DevTools only in unpackaged builds', () => {
    expect(web.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: false }).webPreferences?.devTools).toBe(true);
  });
});
