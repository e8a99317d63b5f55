/** Arabic translation of ../en/new-case.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { newCase as en } from '../en/new-case';
import type { Translation } from '../translation';

export const newCase = {
  newCase: {
    title: 'ملف جديد',
    personLegend: 'الشخص',
    caseLegend: 'الملف',
    reportedByLegend: 'المُبلِّغ',
    phoneHint: 'يُقرأ الرقم الذي لا يبدأ برمز البلد على أنه رقم من بلد الشخص، أو من بلد هذه البعثة.',
    notes: 'ملاحظات',
    save: 'حفظ الملف',
    cancel: 'إلغاء',
    requiredNote: 'الحقول المعلَّمة بـ * من بيانات الشخص هي وحدها المطلوبة. املأ الأجزاء الأخرى بقدر ما يعرفه المتصل، أو تجاوزها: يمكن إضافتها لاحقًا في صفحة الملف.',
    section: {
      optional: 'اختياري: افتحه لتدوين ما يعرفه المتصل.',
      filled: 'فيه مدخلات ستُحفظ مع الملف.',
    },
    draftRestored: 'عادت المدخلات التي لم تكن قد حفظتها.',
    clearForm: 'مسح النموذج',
    saved: 'تم حفظ الملف {{reference}}.',
    errorSummary_zero: 'لا توجد مشكلات في هذا النموذج.',
    errorSummary_one: 'توجد مشكلة واحدة في هذا النموذج، وهي معروضة بجانب حقلها.',
    errorSummary_two: 'توجد مشكلتان في هذا النموذج، وكل منهما معروضة بجانب حقلها.',
    errorSummary_few: 'توجد {{count}} مشكلات في هذا النموذج، وكل منها معروضة بجانب حقلها.',
    errorSummary_many: 'توجد {{count}} مشكلةً في هذا النموذج، وكل منها معروضة بجانب حقلها.',
    errorSummary_other: 'توجد {{count}} مشكلة في هذا النموذج، وكل منها معروضة بجانب حقلها.',
    choose: 'اختر…',
  },
} satisfies Translation<typeof en, 'ar'>;
