import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../renderer/src/features/lock/idle-watch';

/** Just what watchIdle uses of a window: its events and its timers (faked by vitest). */
function fakeWindow(): Window {
  const target = new EventTarget();
  return Object.assign(target, {
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  }) as unknown as Window;
}

const MINUTE = 60_000;

describe('watchIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls back once the window has been idle for the whole time', () => {
    const onIdle = vi.fn();
    watchIdle(fakeWindow(), MINUTE, onIdle);
    vi.advanceTimersByTime(MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it.each(['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'])('starts the wait again on %s', (type) => {
    const target = fakeWindow();
    const onIdle = vi.fn();
    watchIdle(target, MINUTE, onIdle);
    vi.advanceTimersByTime(50_000);
    target.dispatchEvent(new Event(type));
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('notes activity at most once a second', () => {
    const target = fakeWindow();
    const onIdle = vi.fn();
    watchIdle(target, MINUTE, onIdle);
    vi.advanceTimersByTime(30_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(500);
    // Within the second after the last noted activity: not noted again.
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(MINUTE - 500);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stops watching when disposed', () => {
    const target = fakeWindow();
    const onIdle = vi.fn();
    const dispose = watchIdle(target, MINUTE, onIdle);
    dispose();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
