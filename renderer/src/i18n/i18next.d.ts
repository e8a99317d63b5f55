/** Types i18next's `t` with the English catalogue, so a key that is not in it fails `npm run typecheck`. */
import 'i18next';
import type { Messages } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}
