/** Spanish translation of ../en/status-change.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { statusChange as en } from '../en/status-change';
import type { Translation } from '../translation';

export const statusChange = {
  transition: {
    same_status: 'El caso ya tiene este estado. Elija otro.',
    closure_reason_required: 'Elija un motivo para cerrar el caso.',
    closure_reason_only_when_closing: 'Solo se puede indicar un motivo de cierre al cerrar el caso.',
    returned_needs_arrival: 'Un caso solo puede marcarse como Regresado cuando el paso «Llegada al país» está hecho.',
    returned_settled_needs_arrival: 'Un caso solo puede cerrarse como «Regresado y asentado» cuando el paso «Llegada al país» está hecho.',
  },
} satisfies Translation<typeof en, 'es'>;
