/** Russian translation of ../en/settings.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { settings as en } from '../en/settings';
import type { Translation } from '../translation';

export const settings = {
  workstationSettings: {
    nav: 'Настройки',
    title: 'Настройки',
    intro: 'Эти настройки действуют для всех, кто работает на этом рабочем месте. Каждое изменение записывается в историю.',
    casesLegend: 'Дела',
    contactLostDays: 'Связь потеряна через (дней)',
    contactLostDaysHint: 'Если по делу столько дней не было успешного контакта, его статус связи — «Связь потеряна». От 1 до 365 дней.',
    lockingLegend: 'Блокировка',
    idleLockMinutes: 'Блокировать после бездействия (минут)',
    idleLockMinutesHint: 'Окно, которым никто не пользовался столько минут, блокируется и для продолжения запрашивает парольную фразу. От 1 до 240 минут.',
    save: 'Сохранить настройки',
    saved: 'Настройки сохранены.',
    formatsLegend: 'Язык, даты и числа',
    language: 'Язык экрана входа',
    languageHint: 'А также язык профилей, которые не выбрали свой на странице «Мой профиль».',
    region: 'Страна пребывания учреждения',
    regionHint: 'Даты, время и числа записываются так, как принято в этой стране, например: день, месяц, год.',
    clock: 'Формат времени',
    clock24: '24-часовой (16:25)',
    clock12: '12-часовой (4:25 PM)',
    referencesTitle: 'Номера дел',
    referencesNote: 'Номер каждого дела начинается со страны консульства и краткого кода учреждения. Они выбраны при настройке рабочего места и здесь не меняются: иначе новые номера не будут соответствовать тем, что уже сообщены семьям и властям.',
    issuingCountry: 'Страна консульства',
    postCode: 'Краткий код учреждения',
    referenceExample: 'Номера выглядят так',
  },
} satisfies Translation<typeof en, 'ru'>;
