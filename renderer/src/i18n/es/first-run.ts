/** Spanish translation of ../en/first-run.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { firstRun as en } from '../en/first-run';
import type { Translation } from '../translation';

export const firstRun = {
  firstRun: {
    title: '¿Quién usa este puesto de trabajo?',
    language: 'Idioma',
    languageHint: 'Esta pantalla cambia de inmediato. Es el idioma de la pantalla de inicio de sesión y de su perfil; cada perfil puede elegir el suyo más adelante.',
    intro: 'Homeward guarda todos los casos solo en este ordenador. Configure el puesto de trabajo y el primer perfil para empezar.',
    dataGone: 'Los expedientes de los casos se cifran con una clave que solo pueden abrir las frases de contraseña de los perfiles y una clave de recuperación que se mostrará a continuación. Si se olvidan todas las frases de contraseña y la clave de recuperación, los datos se pierden: nadie podrá recuperarlos.',
    profileLegend: 'Su perfil',
    name: 'Su nombre',
    supervisorNote: 'El primer perfil es de supervisor: es quien añade los demás perfiles de este puesto de trabajo.',
    passphrase: 'Frase de contraseña',
    passphraseHint: 'Al menos 10 caracteres. Unas pocas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. No se puede recuperar: si se pierde, otro supervisor debe establecer una nueva.',
    confirmPassphrase: 'Repita la frase de contraseña',
    workstationLegend: 'Este puesto de trabajo',
    issuingCountry: 'País emisor',
    issuingCountryHint: 'El país cuyo consulado usa este puesto de trabajo. Encabeza la referencia de cada caso.',
    postCode: 'Código corto de la oficina',
    postCodeHint: 'De dos a ocho letras o cifras para la oficina consular, por ejemplo MOW. Las referencias tienen la forma ZA-MOW-2026-0001.',
    submit: 'Empezar a usar Homeward',
  },
} satisfies Translation<typeof en, 'es'>;
