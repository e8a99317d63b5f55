/** Russian translation of ../en/status-change.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { statusChange as en } from '../en/status-change';
import type { Translation } from '../translation';

export const statusChange = {
  transition: {
    same_status: 'У дела уже этот статус. Выберите другой.',
    closure_reason_required: 'Выберите основание закрытия дела.',
    closure_reason_only_when_closing: 'Основание закрытия указывается только при закрытии дела.',
    returned_needs_arrival: 'Статус «Вернулся» можно установить, только когда этап «Прибыл на родину» выполнен.',
    returned_settled_needs_arrival: 'Закрыть дело с основанием «Вернулся и обустроен» можно, только когда этап «Прибыл на родину» выполнен.',
  },
} satisfies Translation<typeof en, 'ru'>;
