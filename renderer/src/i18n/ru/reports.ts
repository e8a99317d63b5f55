/** Russian translation of ../en/reports.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reports as en } from '../en/reports';
import type { Translation } from '../translation';

export const reports = {
  reports: {
    savePdf: 'Сохранить в PDF',
    savedAs: 'Отчёт сохранён как {{fileName, isolate}}.',
    saved: 'Отчёт сохранён.',
    backToList: 'К списку дел',
    backToGroup: 'К группе',
    preparedOn: 'Дата составления',
    preparedBy: 'Составил(а)',
    workstation: 'Рабочее место',
    workstationValue: '{{country}}, учреждение {{post}}',
    workstationCountry: 'Страна рабочего места',
    confidential:
      'Конфиденциально. Отчёт содержит персональные данные людей, находящихся в опасности: передавайте его только тем, кому он нужен для работы, и уничтожьте, когда он больше не нужен.',
    confidentialFamily: 'Подготовлено для семьи консульским сотрудником. Лично и конфиденциально.',
    caseload: {
      open: 'Отчёт о делах',
      title: 'Отчёт о делах',
      allCases: 'Все дела',
      filterPart: '{{label}}: {{value, isolate}}',
      total: 'Дела',
      counting: 'Подсчёт дел…',
      empty: 'Ни одно дело не соответствует этому отчёту.',
      counts: 'Итоги',
      byStatus: 'По статусу',
      byContactStatus: 'По статусу связи',
      byNationality: 'По гражданству',
      byMethod: 'По способу вербовки',
      bySituation: 'По текущему положению',
      methodsNote: 'У дела может быть несколько способов вербовки, поэтому сумма может превышать число дел.',
      casesColumn: 'Дела',
      noneRecorded: 'Не указано',
      cases: 'Дела',
      casesCaption: 'Дела в этом отчёте, по номеру',
      capped: 'В таблице первые {{shown}} из {{total}} дел по номеру; итоги выше учитывают все дела. Полный список — в выгрузке CSV.',
    },
    case: {
      open: 'Отчёт по делу',
      backToCase: 'К делу',
      audience: 'Отчёт для',
      audiences: {
        internal: 'Консульские сотрудники (внутренний)',
        family: 'Семья (для семьи)',
      },
      kickerInternal: 'Отчёт по делу — внутренний',
      kickerFamily: 'Отчёт по делу — для семьи',
      title: 'Дело {{reference}}',
      withheld: 'Местонахождение и контактные данные не включены: согласие на передачу сведений не записано.',
      noContacts: 'Контакты пока не записаны.',
      contactLogCaption: 'Журнал контактов, сначала старые записи',
    },
  },
} satisfies Translation<typeof en, 'ru'>;
