/** French translation of ../en/session.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { session as en } from '../en/session';
import type { Translation } from '../translation';

export const session = {
  session: {
    lock: 'Verrouiller',
    signOut: 'Se déconnecter',
    myPassphrase: 'Changer ma phrase de passe',
    myProfile: 'Mon profil',
    menu: 'Menu du profil de {{name}}',
    sessionControls: 'Votre session',
    noPassphrase: 'Ce profil n’a pas encore de phrase de passe et ne peut donc pas se connecter. Un superviseur la définit sur la page Profils.',
    noPassphraseOption: '{{name, isolate}} — {{role}} (pas encore de phrase de passe)',
    notPermittedTitle: 'Réservé aux superviseurs',
    notPermitted: 'Votre profil ne peut pas ouvrir cette page. Demandez à un superviseur ce dont vous avez besoin.',
  },
} satisfies Translation<typeof en, 'fr'>;
