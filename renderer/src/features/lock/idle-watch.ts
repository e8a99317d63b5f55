/**
 * Calls `onIdle` once nobody has used the window for `idleMs`. Activity only
 * moves a timestamp (at most once a second), and a single timer checks it
 * when it could have run out, so typing or moving the pointer costs nothing.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const THROTTLE_MS = 1000;

export function watchIdle(target: Window, idleMs: number, onIdle: () => void): () => void {
  let lastActivity = Date.now();
  const onActivity = () => {
    const now = Date.now();
    if (now - lastActivity >= THROTTLE_MS) lastActivity = now;
  };
  let timer = target.setTimeout(function check() {
    const idle = Date.now() - lastActivity;
    if (idle >= idleMs) onIdle();
    else timer = target.setTimeout(check, idleMs - idle);
  }, idleMs);
  const options = { capture: true, passive: true } as const;
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, options);
  return () => {
    target.clearTimeout(timer);
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, options);
  };
}
