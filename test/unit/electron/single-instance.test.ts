import { describe, expect, it, vi } from 'vitest';
import { enforceSingleInstance, type RestorableWindow, type SingleInstanceApp } from '../../../electron/main/single-instance';

function fakeApp(lock: boolean) {
  let secondInstance: (() => void) | undefined;
  const app: SingleInstanceApp & { quit: ReturnType<typeof vi.fn<() => void>> } = {
    requestSingleInstanceLock: () => lock,
    quit: vi.fn<() => void>(),
    on: (_event, listener) => {
      secondInstance = listener;
    },
  };
  return { app, fireSecondInstance: () => secondInstance?.() };
}

function fakeWindow(minimized: boolean): RestorableWindow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
}

describe('enforceSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const { app } = fakeApp(false);
    expect(enforceSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('keeps running with the lock and restores and focuses the window on a second launch', () => {
    const { app, fireSecondInstance } = fakeApp(true);
    const window = fakeWindow(true);
    expect(enforceSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    fireSecondInstance();
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('does not restore a window that is not minimised, and copes with no window', () => {
    const { app, fireSecondInstance } = fakeApp(true);
    const window = fakeWindow(false);
    let current: RestorableWindow | null = null;
    enforceSingleInstance(app, () => current);
    expect(() => fireSecondInstance()).not.toThrow();
    current = window;
    fireSecondInstance();
    expect(window.calls).toEqual(['show', 'focus']);
  });
});
