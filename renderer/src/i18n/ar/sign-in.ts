/** Arabic translation of ../en/sign-in.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { signIn as en } from '../en/sign-in';
import type { Translation } from '../translation';

export const signIn = {
  signIn: {
    title: 'تسجيل الدخول إلى Homeward',
    profile: 'الملف الشخصي',
    passphrase: 'عبارة المرور',
    submit: 'تسجيل الدخول',
    unlock: 'إلغاء القفل',
    switchProfile: 'تسجيل الدخول باسم شخص آخر',
    lockedTitle: 'Homeward مقفل',
    lockedIntro: '<name>{{name}}</name>، اكتب عبارة المرور للمتابعة من حيث توقفت.',
    wrong: 'عبارة المرور هذه غير صحيحة. تحقّق منها وحاول مرة أخرى.',
    wrongAndWait_zero: 'عبارة المرور هذه غير صحيحة. يمكنك المحاولة مرة أخرى الآن.',
    wrongAndWait_one: 'عبارة المرور هذه غير صحيحة. يمكنك المحاولة مرة أخرى بعد ثانية واحدة.',
    wrongAndWait_two: 'عبارة المرور هذه غير صحيحة. يمكنك المحاولة مرة أخرى بعد ثانيتين.',
    wrongAndWait_few: 'عبارة المرور هذه غير صحيحة. يمكنك المحاولة مرة أخرى بعد {{count}} ثوانٍ.',
    wrongAndWait_many: 'عبارة المرور هذه غير صحيحة. يمكنك المحاولة مرة أخرى بعد {{count}} ثانيةً.',
    wrongAndWait_other: 'عبارة المرور هذه غير صحيحة. يمكنك المحاولة مرة أخرى بعد {{count}} ثانية.',
    locked_zero: 'محاولات خاطئة كثيرة. حاول مرة أخرى الآن.',
    locked_one: 'محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة.',
    locked_two: 'محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين.',
    locked_few: 'محاولات خاطئة كثيرة. حاول مرة أخرى بعد {{count}} ثوانٍ.',
    locked_many: 'محاولات خاطئة كثيرة. حاول مرة أخرى بعد {{count}} ثانيةً.',
    locked_other: 'محاولات خاطئة كثيرة. حاول مرة أخرى بعد {{count}} ثانية.',
    inactive: 'لا يمكن لهذا الملف الشخصي تسجيل الدخول: فقد أُوقف، أو لم تُعيَّن له عبارة مرور بعد. اطلب ذلك من مشرف.',
  },
} satisfies Translation<typeof en, 'ar'>;
