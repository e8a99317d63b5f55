/** Locks the window after the workstation's idle time; mounted only while the window is unlocked. */
import { useEffect, useRef } from 'react';
import { watchIdle } from './idle-watch';

interface IdleLockProps {
  minutes: number;
  onIdle: () => void;
}

export function IdleLock({ minutes, onIdle }: IdleLockProps) {
  // The session hands a new callback whenever a profile or setting changes; that must not restart the wait.
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  }, [onIdle]);
  useEffect(() => watchIdle(window, minutes * 60_000, () => latest.current()), [minutes]);
  return null;
}
