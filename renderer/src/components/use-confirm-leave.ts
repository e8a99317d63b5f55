/**
 * While `unsaved` holds, closing or reloading the window asks first: the page
 * refuses `beforeunload`. A browser then shows its own "Leave site?" prompt;
 * Electron shows none and tells the main process, which asks
 * (electron/main/unsaved-input-guard.ts).
 */
import { useEffect } from 'react';

export function useConfirmLeave(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const refuse = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', refuse);
    return () => window.removeEventListener('beforeunload', refuse);
  }, [unsaved]);
}
