/** Spanish translation of ../en/shell.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { shell as en } from '../en/shell';
import type { Translation } from '../translation';

export const shell = {
  app: {
    name: 'Homeward',
    skipToContent: 'Saltar al contenido principal',
    signedInAs: 'Sesión iniciada como <name>{{name}}</name> ({{role}})',
    mainNavigation: 'Principal',
    loading: 'Cargando…',
  },
  nav: {
    cases: 'Casos',
    newCase: 'Nuevo caso',
    myFollowUps: 'Mis seguimientos',
    groups: 'Grupos',
    data: 'Datos',
    admin: 'Administración',
  },
} satisfies Translation<typeof en, 'es'>;
