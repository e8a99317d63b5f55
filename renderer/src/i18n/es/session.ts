/** Spanish translation of ../en/session.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { session as en } from '../en/session';
import type { Translation } from '../translation';

export const session = {
  session: {
    lock: 'Bloquear',
    signOut: 'Cerrar sesión',
    myPassphrase: 'Cambiar mi frase de contraseña',
    myProfile: 'Mi perfil',
    menu: 'Menú del perfil de {{name}}',
    sessionControls: 'Su sesión',
    noPassphrase: 'Este perfil aún no tiene frase de contraseña, por lo que no puede iniciar sesión. Un supervisor la establece en la página Perfiles.',
    noPassphraseOption: '{{name, isolate}} — {{role}} (sin frase de contraseña)',
    notPermittedTitle: 'Solo para supervisores',
    notPermitted: 'Su perfil no puede abrir esta página. Pida a un supervisor lo que necesite de ella.',
  },
} satisfies Translation<typeof en, 'es'>;
