/** Russian translation of ../../en/common/dates.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { dates as en } from '../../en/common/dates';
import type { Translation } from '../../translation';

export const dates = {
  dates: {
    symbols: { day: 'дд', month: 'мм', year: 'гггг', hour: 'чч', minute: 'мм' },
    hint: 'Формат: {{pattern}}.',
    partialHint: 'Год ({{year}}), месяц и год ({{monthYear}}) или полная дата ({{full}}). Оставьте пустым, если неизвестна.',
    unreadable: 'Введите «{{field}}» в формате {{pattern}}.',
    impossible: '«{{field}}»: даты {{typed}} нет в календаре.',
    calendar: 'Выбрать в календаре',
  },
} satisfies Translation<typeof en, 'ru'>;
