/** French translation of ../en/status-change.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { statusChange as en } from '../en/status-change';
import type { Translation } from '../translation';

export const statusChange = {
  transition: {
    same_status: 'Le dossier a déjà ce statut. Choisissez-en un autre.',
    closure_reason_required: 'Choisissez un motif de clôture du dossier.',
    closure_reason_only_when_closing: 'Un motif de clôture ne peut être indiqué qu’à la clôture du dossier.',
    returned_needs_arrival: 'Un dossier ne peut passer au statut « Rentré » que si l’étape « Arrivée au pays » est faite.',
    returned_settled_needs_arrival: 'Un dossier ne peut être clôturé avec le motif « Rentré et réinstallé » que si l’étape « Arrivée au pays » est faite.',
  },
} satisfies Translation<typeof en, 'fr'>;
