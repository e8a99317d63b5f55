/** French translation of ../en/shell.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { shell as en } from '../en/shell';
import type { Translation } from '../translation';

export const shell = {
  app: {
    name: 'Homeward',
    skipToContent: 'Aller au contenu principal',
    signedInAs: 'Connecté en tant que <name>{{name}}</name> ({{role}})',
    mainNavigation: 'Principal',
    loading: 'Chargement…',
  },
  nav: {
    cases: 'Dossiers',
    newCase: 'Nouveau dossier',
    myFollowUps: 'Mes suivis',
    groups: 'Groupes',
    data: 'Données',
    admin: 'Administration',
  },
} satisfies Translation<typeof en, 'fr'>;
