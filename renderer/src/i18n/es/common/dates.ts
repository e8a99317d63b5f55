/** Spanish translation of ../../en/common/dates.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { dates as en } from '../../en/common/dates';
import type { Translation } from '../../translation';

export const dates = {
  dates: {
    symbols: { day: 'dd', month: 'mm', year: 'aaaa', hour: 'hh', minute: 'mm' },
    hint: 'Formato: {{pattern}}.',
    partialHint: 'El año ({{year}}), el mes y el año ({{monthYear}}) o la fecha completa ({{full}}). Déjelo vacío si se desconoce.',
    unreadable: 'Escriba «{{field}}» con el formato {{pattern}}.',
    impossible: '«{{field}}»: la fecha {{typed}} no existe en el calendario.',
    calendar: 'Elegir en el calendario',
  },
} satisfies Translation<typeof en, 'es'>;
