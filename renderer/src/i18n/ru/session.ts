/** Russian translation of ../en/session.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { session as en } from '../en/session';
import type { Translation } from '../translation';

export const session = {
  session: {
    lock: 'Заблокировать',
    signOut: 'Выйти',
    myPassphrase: 'Сменить парольную фразу',
    myProfile: 'Мой профиль',
    menu: 'Меню профиля {{name}}',
    sessionControls: 'Ваш сеанс',
    noPassphrase: 'У этого профиля ещё нет парольной фразы, поэтому с ним нельзя войти. Её задаёт руководитель на странице «Профили».',
    noPassphraseOption: '{{name, isolate}} — {{role}} (парольная фраза не задана)',
    notPermittedTitle: 'Только для руководителей',
    notPermitted: 'Вашему профилю эта страница недоступна. Если вам что-то с неё нужно, обратитесь к руководителю.',
  },
} satisfies Translation<typeof en, 'ru'>;
