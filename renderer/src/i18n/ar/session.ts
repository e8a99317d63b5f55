/** Arabic translation of ../en/session.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { session as en } from '../en/session';
import type { Translation } from '../translation';

export const session = {
  session: {
    lock: 'قفل',
    signOut: 'تسجيل الخروج',
    myPassphrase: 'تغيير عبارة المرور',
    myProfile: 'ملفي الشخصي',
    menu: 'قائمة الملف الشخصي لـ {{name}}',
    sessionControls: 'جلستك',
    noPassphrase: 'لا توجد لهذا الملف الشخصي عبارة مرور بعد، لذا لا يمكنه تسجيل الدخول. يعيّنها مشرف من صفحة الملفات الشخصية.',
    noPassphraseOption: '{{name, isolate}} — {{role}} (لا عبارة مرور بعد)',
    notPermittedTitle: 'للمشرفين فقط',
    notPermitted: 'لا يمكن لملفك الشخصي فتح هذه الصفحة. اطلب من مشرف ما تحتاج إليه منها.',
  },
} satisfies Translation<typeof en, 'ar'>;
