/** Arabic translation of ../../en/common/errors.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { errors as en } from '../../en/common/errors';
import type { Translation } from '../../translation';

export const errors = {
  errors: {
    staleWrite: 'عُدّل هذا الملف في نافذة أخرى بعد أن فتحته. لم تُحفظ تغييراتك. أعد التحميل لرؤية أحدث نسخة، ثم أعد إجراء تغييراتك.',
    validation: 'بعض الحقول غير صالحة. لم يُحفظ شيء.',
    notFound: 'لم يعد هذا السجل موجودًا.',
    notSetUp: 'لم تُعدّ محطة العمل هذه بعد.',
    locked: 'ملفات القضايا مقفلة. سجّل الدخول مرة أخرى لفتحها.',
    permissionDenied: 'لا يحق لملفك الشخصي القيام بذلك. سُجّلت المحاولة؛ اطلب ذلك من مشرف إن لزم.',
    unexpected: 'حدث خطأ ولم يُحفظ شيء. حاول مرة أخرى؛ وإن تكرر ذلك، فأبلغ مشرفك.',
  },
} satisfies Translation<typeof en, 'ar'>;
