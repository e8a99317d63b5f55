/** Arabic translation of ../en/reassign.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reassign as en } from '../en/reassign';
import type { Translation } from '../translation';

export const reassign = {
  reassign: {
    button: 'إعادة الإسناد…',
    legendOne: 'إعادة إسناد هذا الملف',
    legendMany_zero: 'إعادة إسناد الملفات المحددة',
    legendMany_one: 'إعادة إسناد الملف المحدد',
    legendMany_two: 'إعادة إسناد الملفين المحددين',
    legendMany_few: 'إعادة إسناد {{count}} ملفات محددة',
    legendMany_many: 'إعادة إسناد {{count}} ملفًا محددًا',
    legendMany_other: 'إعادة إسناد {{count}} ملف محدد',
    assignee: 'الموظف المسؤول الجديد',
    unassigned: 'غير مُسنَد',
    profileOption: '{{name, isolate}} — {{role}}',
    reason: 'السبب',
    reasonHint: 'يُحفظ في سجلّ كل ملف.',
    submit: 'إعادة الإسناد',
    cancel: 'إلغاء',
    doneTo_zero: 'لم يُعَد إسناد أي ملف إلى {{name, isolate}}.',
    doneTo_one: 'أُسند الملف إلى {{name, isolate}}.',
    doneTo_two: 'أُسند الملفان إلى {{name, isolate}}.',
    doneTo_few: 'أُسندت {{count}} ملفات إلى {{name, isolate}}.',
    doneTo_many: 'أُسند {{count}} ملفًا إلى {{name, isolate}}.',
    doneTo_other: 'أُسند {{count}} ملف إلى {{name, isolate}}.',
    doneUnassigned_zero: 'لم يتغيّر أي ملف.',
    doneUnassigned_one: 'لم يعد الملف مُسنَدًا إلى أحد.',
    doneUnassigned_two: 'لم يعد الملفان مُسنَدين إلى أحد.',
    doneUnassigned_few: 'لم تعد {{count}} ملفات مُسنَدة إلى أحد.',
    doneUnassigned_many: 'لم يعد {{count}} ملفًا مُسنَدًا إلى أحد.',
    doneUnassigned_other: 'لم يعد {{count}} ملف مُسنَدًا إلى أحد.',
  },
} satisfies Translation<typeof en, 'ar'>;
