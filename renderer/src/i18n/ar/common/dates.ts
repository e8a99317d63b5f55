/** Arabic translation of ../../en/common/dates.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { dates as en } from '../../en/common/dates';
import type { Translation } from '../../translation';

export const dates = {
  dates: {
    symbols: { day: 'يوم', month: 'شهر', year: 'سنة', hour: 'ساعة', minute: 'دقيقة' },
    hint: 'الصيغة: {{pattern}}.',
    partialHint: 'السنة ({{year}})، أو الشهر والسنة ({{monthYear}})، أو التاريخ الكامل ({{full}}). اتركه فارغًا إن كان مجهولًا.',
    unreadable: 'اكتب «{{field}}» بالصيغة {{pattern}}.',
    impossible: '«{{field}}»: التاريخ {{typed}} غير موجود في التقويم.',
    calendar: 'اختر من التقويم',
  },
} satisfies Translation<typeof en, 'ar'>;
