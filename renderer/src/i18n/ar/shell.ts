/** Arabic translation of ../en/shell.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { shell as en } from '../en/shell';
import type { Translation } from '../translation';

export const shell = {
  app: {
    name: 'Homeward',
    skipToContent: 'الانتقال إلى المحتوى الرئيسي',
    signedInAs: 'تم تسجيل الدخول باسم <name>{{name}}</name> ({{role}})',
    mainNavigation: 'التنقل الرئيسي',
    loading: 'جارٍ التحميل…',
  },
  nav: {
    cases: 'الملفات',
    newCase: 'ملف جديد',
    myFollowUps: 'متابعاتي',
    groups: 'المجموعات',
    data: 'البيانات',
    admin: 'الإدارة',
  },
} satisfies Translation<typeof en, 'ar'>;
