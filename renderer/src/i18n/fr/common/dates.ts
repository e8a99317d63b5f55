/** French translation of ../../en/common/dates.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { dates as en } from '../../en/common/dates';
import type { Translation } from '../../translation';

export const dates = {
  dates: {
    symbols: { day: 'jj', month: 'mm', year: 'aaaa', hour: 'hh', minute: 'mm' },
    hint: 'Format : {{pattern}}.',
    partialHint: 'L’année ({{year}}), le mois et l’année ({{monthYear}}) ou la date complète ({{full}}). Laissez vide si elle est inconnue.',
    unreadable: 'Saisissez « {{field}} » au format {{pattern}}.',
    impossible: '« {{field}} » : la date {{typed}} n’existe pas dans le calendrier.',
    calendar: 'Choisir dans le calendrier',
  },
} satisfies Translation<typeof en, 'fr'>;
