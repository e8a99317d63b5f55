/** Work that can wait runs when the window is idle, at the latest after its timeout (or only from a delay on), and not at all once cancelled. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle, whenIdleAfter } from '../../../renderer/src/app/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('asks for an idle callback with the timeout, and cancelling withdraws it', () => {
    const waiting = new Map<number, () => void>();
    const requestIdleCallback = vi.fn((run: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBe(1000);
      waiting.set(waiting.size + 1, run);
      return waiting.size;
    });
    const cancelIdleCallback = vi.fn((handle: number) => waiting.delete(handle));
    vi.stubGlobal('window', { requestIdleCallback, cancelIdleCallback });
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'), 1000);
    const cancel = whenIdle(() => ran.push('cancelled'), 1000);
    cancel();
    for (const run of waiting.values()) run();
    expect(ran).toEqual(['kept']);
    expect(cancelIdleCallback).toHaveBeenCalledWith(2);
  });

  it('falls back to a timer where idle callbacks are missing, still cancellable', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {});
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'), 1000);
    whenIdle(() => ran.push('cancelled'), 1000)();
    expect(ran).toEqual([]);
    vi.runAllTimers();
    expect(ran).toEqual(['kept']);
  });
});

describe('whenIdleAfter', () => {
  /** Idle callbacks asked for, run by the test when it says the window is idle. */
  function idleWindow() {
    const waiting = new Map<number, () => void>();
    let handles = 0;
    vi.stubGlobal('window', {
      requestIdleCallback: (run: () => void) => {
        waiting.set(++handles, run);
        return handles;
      },
      cancelIdleCallback: (handle: number) => waiting.delete(handle),
    });
    return {
      idle() {
        const runs = [...waiting.values()];
        waiting.clear();
        for (const run of runs) run();
      },
    };
  }

  it('does not run at an idle moment before the delay, and runs at the first one after it', () => {
    vi.useFakeTimers();
    const page = idleWindow();
    const ran: string[] = [];
    whenIdleAfter(2000, () => ran.push('opened'), 1000);
    page.idle();
    vi.advanceTimersByTime(1999);
    page.idle();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([]);
    page.idle();
    expect(ran).toEqual(['opened']);
  });

  it('runs nothing once cancelled, before the delay or while it waits for the idle moment', () => {
    vi.useFakeTimers();
    const page = idleWindow();
    const ran: string[] = [];
    whenIdleAfter(2000, () => ran.push('before'), 1000)();
    const cancel = whenIdleAfter(2000, () => ran.push('waiting'), 1000);
    vi.advanceTimersByTime(2000);
    cancel();
    page.idle();
    vi.runAllTimers();
    expect(ran).toEqual([]);
  });
});
