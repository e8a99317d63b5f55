/** Russian translation of ../en/new-case.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { newCase as en } from '../en/new-case';
import type { Translation } from '../translation';

export const newCase = {
  newCase: {
    title: 'Новое дело',
    personLegend: 'Лицо',
    caseLegend: 'Дело',
    reportedByLegend: 'Заявитель',
    phoneHint: 'Номер без кода страны считается номером страны гражданина или страны этого учреждения.',
    notes: 'Примечания',
    save: 'Сохранить дело',
    cancel: 'Отмена',
    requiredNote: 'Обязательны только поля о человеке, отмеченные *. Остальные части заполните в той мере, в какой их знает звонящий, или пропустите: их можно добавить позже на странице дела.',
    section: {
      optional: 'Необязательно: откройте, чтобы записать то, что знает звонящий.',
      filled: 'Содержит введённые данные, они сохранятся вместе с делом.',
    },
    draftRestored: 'Несохранённые данные восстановлены.',
    clearForm: 'Очистить форму',
    saved: 'Дело {{reference}} сохранено.',
    errorSummary_one: 'В форме {{count}} ошибка. Каждая указана рядом со своим полем.',
    errorSummary_few: 'В форме {{count}} ошибки. Каждая указана рядом со своим полем.',
    errorSummary_many: 'В форме {{count}} ошибок. Каждая указана рядом со своим полем.',
    errorSummary_other: 'В форме {{count}} ошибки. Каждая указана рядом со своим полем.',
    choose: 'Выберите…',
  },
} satisfies Translation<typeof en, 'ru'>;
