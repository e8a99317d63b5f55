/** Work that can wait runs when the window is idle, at the latest after its timeout, and not at all once cancelled. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../renderer/src/app/when-idle';

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
