/** Russian translation of ../../en/common/validation.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { validation as en } from '../../en/common/validation';
import type { Translation } from '../../translation';

export const validation = {
  validation: {
    required: 'Заполните это поле.',
    requiredField: 'Заполните поле «{{field}}».',
    invalid: 'Недопустимое значение.',
    invalidDate: 'Введите дату в формате ГГГГ-ММ-ДД.',
    invalidPartialDate: 'Введите год (1994), год и месяц (1994-03) или полную дату (1994-03-07).',
    dateInFuture: 'Эта дата в будущем.',
    country: 'Выберите страну из списка.',
    currency: 'Введите трёхбуквенный код валюты, например USD.',
    phone: 'Введите правильный номер телефона с кодом страны, например +27 82 123 4567.',
    email: 'Введите правильный адрес электронной почты.',
    passport: 'Используйте только буквы, цифры, пробелы и дефисы.',
    passphraseTooShort: 'Используйте не менее 10 символов.',
    passphraseMismatch: 'Парольные фразы не совпадают.',
    lastSupervisor: 'Это последний активный руководитель: сначала добавьте или активируйте другого.',
    closureAlreadyRequested: 'Закрытие этого дела уже запрошено.',
    postCode: 'Используйте от двух до восьми латинских букв или цифр.',
    stationCode: 'Используйте одну заглавную латинскую букву или букву и цифру либо букву.',
    reference: 'Это неправильный номер дела.',
    tooLong: 'Слишком длинно.',
    tooMany: 'Слишком много записей.',
    choose: 'Выберите один из вариантов.',
    amount: 'Введите сумму, равную нулю или больше.',
    steps: 'Этапы возвращения заполнены не полностью.',
  },
} satisfies Translation<typeof en, 'ru'>;
