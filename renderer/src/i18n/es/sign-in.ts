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
    needsRecovery: 'Su frase de contraseña es correcta, pero su perfil aún no puede abrir los expedientes protegidos. Utilice la clave de recuperación guardada en la caja fuerte de la oficina consular o pida a un supervisor que le asigne una nueva frase de contraseña.',
    useRecoveryKey: 'Usar la clave de recuperación',
    recoveryTitle: 'Iniciar sesión con la clave de recuperación',
    recoveryIntro: 'Escriba la clave de recuperación impresa en la primera configuración y guardada en la caja fuerte de la oficina consular; después elija una nueva frase de contraseña para su perfil.',
    recoveryKey: 'Clave de recuperación',
    newPassphrase: 'Nueva frase de contraseña',
    confirmPassphrase: 'Repita la nueva frase de contraseña',
    recoverySubmit: 'Abrir y establecer la nueva frase de contraseña',
    recoveryWrong: 'Esa no es la clave de recuperación de este puesto de trabajo. Compárela con la hoja impresa e inténtelo de nuevo.',
    recoveryBack: 'Volver al inicio de sesión',
  },
  sealing: {
    title: 'Protección de los expedientes',
    intro: 'Este puesto de trabajo cifra ahora los expedientes de los casos. Los casos guardados anteriormente se cifran una sola vez; si se cierra la ventana no se pierde nada y el proceso continúa en el siguiente inicio de sesión.',
    progress: '{{done}} de {{total}} registros',
    failed: 'No se pudieron cifrar todos los expedientes. Vuelva a iniciar sesión para continuar; no se ha perdido nada.',
  },
  recoveryKey: {
    title: 'Imprima la clave de recuperación y guárdela en la caja fuerte de la oficina consular',
    intro: 'Los expedientes de este puesto de trabajo están cifrados. Los abre la frase de contraseña de cada perfil y también esta clave de recuperación, si se olvidan todas las frases de contraseña.',
    warning: 'Si se pierden todas las frases de contraseña y esta clave de recuperación, nadie podrá leer nunca los expedientes. Solo se muestra esta vez.',
    key: 'Clave de recuperación',
    print: 'Imprimir',
    confirm: 'He impreso o anotado la clave de recuperación y la guardaré en la caja fuerte',
    done: 'Continuar',
  },
} satisfies Translation<typeof en, 'es'>;
