/** Spanish translation of ../en/reassign.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reassign as en } from '../en/reassign';
import type { Translation } from '../translation';

export const reassign = {
  reassign: {
    button: 'Reasignar…',
    legendOne: 'Reasignar este caso',
    legendMany_one: 'Reasignar {{count}} caso seleccionado',
    legendMany_many: 'Reasignar {{count}} de casos seleccionados',
    legendMany_other: 'Reasignar {{count}} casos seleccionados',
    assignee: 'Nuevo funcionario asignado',
    unassigned: 'Sin asignar',
    profileOption: '{{name, isolate}} — {{role}}',
    reason: 'Motivo',
    reasonHint: 'Se conserva en el historial de cada caso.',
    submit: 'Reasignar',
    cancel: 'Cancelar',
    doneTo_one: 'Caso reasignado a {{name, isolate}}.',
    doneTo_many: '{{count}} de casos reasignados a {{name, isolate}}.',
    doneTo_other: '{{count}} casos reasignados a {{name, isolate}}.',
    doneUnassigned_one: 'El caso ya no está asignado.',
    doneUnassigned_many: '{{count}} de casos ya no están asignados.',
    doneUnassigned_other: '{{count}} casos ya no están asignados.',
  },
} satisfies Translation<typeof en, 'es'>;
