/** Russian translation of ../en/shell.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { shell as en } from '../en/shell';
import type { Translation } from '../translation';

export const shell = {
  app: {
    name: 'Homeward',
    skipToContent: 'Перейти к основному содержанию',
    signedInAs: 'Вы вошли как <name>{{name}}</name> ({{role}})',
    mainNavigation: 'Главное меню',
    loading: 'Загрузка…',
  },
  nav: {
    cases: 'Дела',
    newCase: 'Новое дело',
    myFollowUps: 'Мои задачи',
    groups: 'Группы',
    data: 'Данные',
    admin: 'Управление',
  },
} satisfies Translation<typeof en, 'ru'>;
