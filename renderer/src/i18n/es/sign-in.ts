/** Spanish translation of ../en/sign-in.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { signIn as en } from '../en/sign-in';
import type { Translation } from '../translation';

export const signIn = {
  signIn: {
    title: 'Iniciar sesión en Homeward',
    profile: 'Perfil',
    passphrase: 'Frase de contraseña',
    submit: 'Iniciar sesión',
    unlock: 'Desbloquear',
    switchProfile: 'Iniciar sesión con otro perfil',
    lockedTitle: 'Homeward está bloqueado',
    lockedIntro: '<name>{{name}}</name>, escriba su frase de contraseña para continuar donde lo dejó.',
    wrong: 'La frase de contraseña no es correcta. Compruébela e inténtelo de nuevo.',
    wrongAndWait_one: 'La frase de contraseña no es correcta. Puede volver a intentarlo dentro de {{count}} segundo.',
    wrongAndWait_many: 'La frase de contraseña no es correcta. Puede volver a intentarlo dentro de {{count}} de segundos.',
    wrongAndWait_other: 'La frase de contraseña no es correcta. Puede volver a intentarlo dentro de {{count}} segundos.',
    locked_one: 'Demasiadas frases de contraseña incorrectas. Inténtelo de nuevo dentro de {{count}} segundo.',
    locked_many: 'Demasiadas frases de contraseña incorrectas. Inténtelo de nuevo dentro de {{count}} de segundos.',
    locked_other: 'Demasiadas frases de contraseña incorrectas. Inténtelo de nuevo dentro de {{count}} segundos.',
    inactive: 'Este perfil no puede iniciar sesión: está desactivado o aún no tiene frase de contraseña. Consulte a un supervisor.',
  },
} satisfies Translation<typeof en, 'es'>;
