/** Russian translation of ../../en/common/errors.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { errors as en } from '../../en/common/errors';
import type { Translation } from '../../translation';

export const errors = {
  errors: {
    staleWrite: 'Это дело изменили в другом окне после того, как вы его открыли. Ваши изменения не сохранены. Обновите страницу, чтобы увидеть последнюю версию, и внесите изменения снова.',
    validation: 'Некоторые поля заполнены неправильно. Ничего не сохранено.',
    notFound: 'Эта запись больше не существует.',
    notSetUp: 'Это рабочее место ещё не настроено.',
    locked: 'Дела заблокированы. Войдите снова, чтобы открыть их.',
    permissionDenied: 'Вашему профилю это действие не разрешено. Попытка записана; при необходимости обратитесь к руководителю.',
    unexpected: 'Что-то пошло не так, ничего не сохранено. Попробуйте ещё раз; если ошибка повторяется, сообщите руководителю.',
  },
} satisfies Translation<typeof en, 'ru'>;
