/**
 * Runs work that can wait when the window has nothing else to do (or after
 * `timeoutMs` at the latest), so it does not delay what is being shown;
 * returns the cancel. Falls back to a timer where idle callbacks are missing.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/**
 * As `whenIdle`, but looking for the idle moment only after `delayMs`: just
 * after sign-in the window is idle whenever the first page waits for
 * IndexedDB, which is no moment to start reading something else.
 */
export function whenIdleAfter(delayMs: number, run: () => void, timeoutMs: number): () => void {
  let cancelIdle: (() => void) | null = null;
  const timer = setTimeout(() => {
    cancelIdle = whenIdle(run, timeoutMs);
  }, delayMs);
  return () => {
    clearTimeout(timer);
    cancelIdle?.();
  };
}
