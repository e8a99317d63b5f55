/** Russian translation of ../en/first-run.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { firstRun as en } from '../en/first-run';
import type { Translation } from '../translation';

export const firstRun = {
  firstRun: {
    title: 'Кто работает на этом рабочем месте?',
    language: 'Язык',
    languageHint: 'Этот экран переключится сразу. Это язык экрана входа и вашего профиля; позже каждый профиль может выбрать свой.',
    intro: 'Homeward хранит все дела только на этом компьютере. Чтобы начать, настройте рабочее место и первый профиль.',
    profileLegend: 'Ваш профиль',
    name: 'Ваше имя',
    supervisorNote: 'Первый профиль — профиль руководителя: он добавляет остальные профили этого рабочего места.',
    passphrase: 'Парольная фраза',
    passphraseHint: 'Не менее 10 символов. Несколько не связанных между собой слов легко запомнить и трудно угадать. Восстановить её нельзя: если она утеряна, новую должен задать другой руководитель.',
    confirmPassphrase: 'Парольная фраза ещё раз',
    workstationLegend: 'Это рабочее место',
    issuingCountry: 'Страна консульства',
    issuingCountryHint: 'Страна, консульство которой работает на этом рабочем месте. С неё начинается номер каждого дела.',
    postCode: 'Краткий код учреждения',
    postCodeHint: 'От двух до восьми латинских букв или цифр для консульского учреждения, например MOW. Номера дел выглядят так: ZA-MOW-2026-0001.',
    submit: 'Начать работу в Homeward',
  },
} satisfies Translation<typeof en, 'ru'>;
