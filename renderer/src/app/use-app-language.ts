/**
 * Puts the app, and the host's own menu, in `language` whenever it changes
 * (undefined leaves the language as it is); returns the switch for a screen
 * that changes language itself (the first-run screen).
 */
import { useCallback, useEffect } from 'react';
import type { Language } from '../../../shared/schemas/settings';
import { useBridge } from '../bridge/host';
import { switchLanguage } from '../i18n';

export function useAppLanguage(language: Language | undefined): (language: Language) => void {
  const bridge = useBridge();
  const apply = useCallback(
    (next: Language) => {
      void switchLanguage(next);
      // The menu is the host's; failing to translate it must not stop the app.
      bridge.setLanguage({ language: next }).catch(() => undefined);
    },
    [bridge],
  );
  useEffect(() => {
    if (language !== undefined) apply(language);
  }, [apply, language]);
  return apply;
}
