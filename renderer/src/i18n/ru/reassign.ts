/** Russian translation of ../en/reassign.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reassign as en } from '../en/reassign';
import type { Translation } from '../translation';

export const reassign = {
  reassign: {
    button: 'Передать…',
    legendOne: 'Передать это дело',
    legendMany_one: 'Передать {{count}} выбранное дело',
    legendMany_few: 'Передать {{count}} выбранных дела',
    legendMany_many: 'Передать {{count}} выбранных дел',
    legendMany_other: 'Передать {{count}} выбранного дела',
    assignee: 'Новый ответственный сотрудник',
    unassigned: 'Не назначено',
    profileOption: '{{name, isolate}} — {{role}}',
    reason: 'Причина',
    reasonHint: 'Сохраняется в истории каждого дела.',
    submit: 'Передать',
    cancel: 'Отмена',
    doneTo_one: '{{count}} дело передано сотруднику {{name, isolate}}.',
    doneTo_few: '{{count}} дела переданы сотруднику {{name, isolate}}.',
    doneTo_many: '{{count}} дел передано сотруднику {{name, isolate}}.',
    doneTo_other: '{{count}} дела передано сотруднику {{name, isolate}}.',
    doneUnassigned_one: 'У {{count}} дела больше нет ответственного сотрудника.',
    doneUnassigned_few: 'У {{count}} дел больше нет ответственного сотрудника.',
    doneUnassigned_many: 'У {{count}} дел больше нет ответственного сотрудника.',
    doneUnassigned_other: 'У {{count}} дела больше нет ответственного сотрудника.',
  },
} satisfies Translation<typeof en, 'ru'>;
