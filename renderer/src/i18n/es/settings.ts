/** Spanish translation of ../en/settings.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { settings as en } from '../en/settings';
import type { Translation } from '../translation';

export const settings = {
  workstationSettings: {
    nav: 'Configuración',
    title: 'Configuración',
    intro: 'Esta configuración se aplica a todas las personas que usan este puesto de trabajo. Cada cambio queda registrado en el historial.',
    casesLegend: 'Casos',
    contactLostDays: 'Contacto perdido tras (días)',
    contactLostDaysHint: 'Un caso sin contacto logrado durante este número de días muestra el estado de contacto «Contacto perdido». De 1 a 365 días.',
    lockingLegend: 'Bloqueo',
    idleLockMinutes: 'Bloquear tras inactividad de (minutos)',
    idleLockMinutesHint: 'Una ventana que nadie ha usado durante este número de minutos se bloquea y pide la frase de contraseña para continuar. De 1 a 240 minutos.',
    save: 'Guardar configuración',
    saved: 'Configuración guardada.',
    formatsLegend: 'Idioma, fechas y números',
    language: 'Idioma de la pantalla de inicio de sesión',
    languageHint: 'También el idioma de los perfiles que no han elegido el suyo en Mi perfil.',
    region: 'País de la oficina',
    regionHint: 'Las fechas, horas y números se escriben como en este país, por ejemplo día, mes, año.',
    clock: 'Reloj',
    clock24: '24 horas (16:25)',
    clock12: '12 horas (4:25 p. m.)',
    referencesTitle: 'Referencias de los casos',
    referencesNote: 'El país emisor y el código corto de la oficina encabezan la referencia de cada caso. Se eligieron al configurar el puesto de trabajo y no se pueden cambiar aquí: las nuevas referencias dejarían de seguir a las ya comunicadas a familias y autoridades.',
    issuingCountry: 'País emisor',
    postCode: 'Código corto de la oficina',
    referenceExample: 'Las referencias tienen la forma',
  },
} satisfies Translation<typeof en, 'es'>;
