/** Arabic translation of ../../en/common/validation.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { validation as en } from '../../en/common/validation';
import type { Translation } from '../../translation';

export const validation = {
  validation: {
    required: 'املأ هذا الحقل.',
    requiredField: 'املأ «{{field}}».',
    invalid: 'هذه القيمة غير صالحة.',
    invalidDate: 'أدخل التاريخ بالشكل YYYY-MM-DD.',
    invalidPartialDate: 'أدخل سنة (1994)، أو سنة وشهرًا (1994-03)، أو تاريخًا كاملًا (1994-03-07).',
    dateInFuture: 'هذا التاريخ في المستقبل.',
    country: 'اختر بلدًا من القائمة.',
    currency: 'أدخل رمز عملة من ثلاثة أحرف، مثل USD.',
    phone: 'أدخل رقم هاتف صالحًا مع رمز البلد، مثل ‎+27 82 123 4567.',
    email: 'أدخل عنوان بريد إلكتروني صالحًا.',
    passport: 'استخدم الحروف والأرقام والمسافات والشرطات فقط.',
    passphraseTooShort: 'استخدم 10 أحرف على الأقل.',
    passphraseMismatch: 'عبارتا المرور غير متطابقتين.',
    lastSupervisor: 'هذا آخر مشرف نشط: أضف مشرفًا آخر أو نشّطه أولًا.',
    closureAlreadyRequested: 'سبق أن طُلب إغلاق هذا الملف.',
    postCode: 'استخدم من حرفين إلى ثمانية أحرف أو أرقام.',
    stationCode: 'استخدم حرفًا لاتينيًا كبيرًا واحدًا، أو حرفًا يليه رقم أو حرف.',
    reference: 'هذا ليس رقمًا مرجعيًا صالحًا لملف.',
    tooLong: 'هذا أطول من اللازم.',
    tooMany: 'الإدخالات أكثر من اللازم.',
    choose: 'اختر أحد الخيارات.',
    amount: 'أدخل مبلغًا يساوي صفرًا أو أكثر.',
    steps: 'خطوات الإعادة إلى الوطن غير مكتملة.',
  },
} satisfies Translation<typeof en, 'ar'>;
