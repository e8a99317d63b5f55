/** Arabic translation of ../en/first-run.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { firstRun as en } from '../en/first-run';
import type { Translation } from '../translation';

export const firstRun = {
  firstRun: {
    title: 'من يستخدم محطة العمل هذه؟',
    language: 'اللغة',
    languageHint: 'تتغيّر هذه الشاشة فورًا. هذه هي لغة شاشة تسجيل الدخول ولغة ملفك الشخصي؛ ويمكن لكل ملف شخصي أن يختار لغته لاحقًا.',
    intro: 'يحتفظ Homeward بكل الملفات على هذا الحاسوب وحده. أعدّ محطة العمل والملف الشخصي الأول للبدء.',
    dataGone: 'ملفات القضايا مشفّرة بمفتاح لا تفتحه إلا عبارات مرور الملفات الشخصية ومفتاح استرداد يُعرض بعد قليل. إذا نُسيت كل عبارات المرور ومفتاح الاسترداد، ضاعت البيانات: لا يستطيع أحد استعادتها.',
    profileLegend: 'ملفك الشخصي',
    name: 'اسمك',
    supervisorNote: 'الملف الشخصي الأول هو ملف مشرف: وهو الذي يضيف الملفات الشخصية الأخرى لمحطة العمل هذه.',
    passphrase: 'عبارة المرور',
    passphraseHint: '10 أحرف على الأقل. بضع كلمات لا رابط بينها يسهل تذكّرها ويصعب تخمينها. لا يمكن استرجاعها: إن فُقدت، فعلى مشرف آخر أن يعيّن عبارة جديدة.',
    confirmPassphrase: 'عبارة المرور مرة أخرى',
    workstationLegend: 'محطة العمل هذه',
    issuingCountry: 'البلد المُصدِر',
    issuingCountryHint: 'البلد الذي تستخدم قنصليته محطة العمل هذه. يبدأ به الرقم المرجعي لكل ملف.',
    postCode: 'الرمز المختصر للبعثة',
    postCodeHint: 'من حرفين إلى ثمانية أحرف أو أرقام للبعثة القنصلية، مثل MOW. تكون الأرقام المرجعية على شكل ZA-MOW-2026-0001.',
    submit: 'بدء استخدام Homeward',
  },
} satisfies Translation<typeof en, 'ar'>;
