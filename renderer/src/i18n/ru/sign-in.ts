/** Russian translation of ../en/sign-in.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { signIn as en } from '../en/sign-in';
import type { Translation } from '../translation';

export const signIn = {
  signIn: {
    title: 'Вход в Homeward',
    profile: 'Профиль',
    passphrase: 'Парольная фраза',
    submit: 'Войти',
    unlock: 'Разблокировать',
    switchProfile: 'Войти под другим профилем',
    lockedTitle: 'Homeward заблокирован',
    lockedIntro: '<name>{{name}}</name>, введите парольную фразу, чтобы продолжить с того места, где вы остановились.',
    wrong: 'Парольная фраза неверна. Проверьте её и попробуйте ещё раз.',
    wrongAndWait_one: 'Парольная фраза неверна. Повторить попытку можно через {{count}} секунду.',
    wrongAndWait_few: 'Парольная фраза неверна. Повторить попытку можно через {{count}} секунды.',
    wrongAndWait_many: 'Парольная фраза неверна. Повторить попытку можно через {{count}} секунд.',
    wrongAndWait_other: 'Парольная фраза неверна. Повторить попытку можно через {{count}} секунды.',
    locked_one: 'Слишком много неверных попыток. Попробуйте снова через {{count}} секунду.',
    locked_few: 'Слишком много неверных попыток. Попробуйте снова через {{count}} секунды.',
    locked_many: 'Слишком много неверных попыток. Попробуйте снова через {{count}} секунд.',
    locked_other: 'Слишком много неверных попыток. Попробуйте снова через {{count}} секунды.',
    inactive: 'С этим профилем войти нельзя: он деактивирован или у него ещё нет парольной фразы. Обратитесь к руководителю.',
  },
} satisfies Translation<typeof en, 'ru'>;
