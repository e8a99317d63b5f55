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
