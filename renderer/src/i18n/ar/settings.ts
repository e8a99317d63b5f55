/** Arabic translation of ../en/settings.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { settings as en } from '../en/settings';
import type { Translation } from '../translation';

export const settings = {
  workstationSettings: {
    nav: 'الإعدادات',
    title: 'الإعدادات',
    intro: 'تسري هذه الإعدادات على كل من يستخدم محطة العمل هذه. ويُسجَّل كل تغيير في السجل.',
    casesLegend: 'الملفات',
    contactLostDays: 'فقدان التواصل بعد (أيام)',
    contactLostDaysHint: 'الملف الذي لم يُسجَّل فيه تواصل ناجح طوال هذا العدد من الأيام تظهر حالة التواصل فيه «انقطع التواصل». من 1 إلى 365 يومًا.',
    lockingLegend: 'القفل',
    idleLockMinutes: 'القفل بعد عدم النشاط لمدة (دقائق)',
    idleLockMinutesHint: 'النافذة التي لم يستخدمها أحد طوال هذا العدد من الدقائق تُقفل نفسها، وتطلب عبارة المرور للمتابعة. من 1 إلى 240 دقيقة.',
    save: 'حفظ الإعدادات',
    saved: 'تم حفظ الإعدادات.',
    formatsLegend: 'اللغة والتواريخ والأرقام',
    language: 'لغة شاشة تسجيل الدخول',
    languageHint: 'وهي أيضًا لغة الملفات الشخصية التي لم تختر لغتها في «ملفي الشخصي».',
    region: 'بلد البعثة',
    regionHint: 'تُكتب التواريخ والأوقات والأرقام كما تُكتب في هذا البلد، مثل: اليوم، الشهر، السنة.',
    clock: 'نظام الساعة',
    clock24: 'نظام 24 ساعة (16:25)',
    clock12: 'نظام 12 ساعة (4:25 م)',
    referencesTitle: 'الأرقام المرجعية للملفات',
    referencesNote: 'يبدأ الرقم المرجعي لكل ملف بالبلد المُصدِر والرمز المختصر للبعثة. وقد اختيرا عند إعداد محطة العمل ولا يمكن تغييرهما هنا: وإلا فلن تتّسق الأرقام المرجعية الجديدة مع تلك التي أُعطيت للعائلات والسلطات.',
    issuingCountry: 'البلد المُصدِر',
    postCode: 'الرمز المختصر للبعثة',
    referenceExample: 'شكل الأرقام المرجعية',
  },
} satisfies Translation<typeof en, 'ar'>;
