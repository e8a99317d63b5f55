/** French translation of ../en/reassign.ts: the same keys, checked by the type below and by test/unit/i18n. */
import type { reassign as en } from '../en/reassign';
import type { Translation } from '../translation';

export const reassign = {
  reassign: {
    button: 'Réattribuer…',
    legendOne: 'Réattribuer ce dossier',
    legendMany_one: 'Réattribuer {{count}} dossier sélectionné',
    legendMany_many: 'Réattribuer {{count}} de dossiers sélectionnés',
    legendMany_other: 'Réattribuer {{count}} dossiers sélectionnés',
    assignee: 'Nouvel agent responsable',
    unassigned: 'Non attribué',
    profileOption: '{{name, isolate}} — {{role}}',
    reason: 'Motif',
    reasonHint: 'Conservé dans l’historique de chaque dossier.',
    submit: 'Réattribuer',
    cancel: 'Annuler',
    doneTo_one: '{{count}} dossier réattribué à {{name, isolate}}.',
    doneTo_many: '{{count}} de dossiers réattribués à {{name, isolate}}.',
    doneTo_other: '{{count}} dossiers réattribués à {{name, isolate}}.',
    doneUnassigned_one: '{{count}} dossier n’est plus attribué.',
    doneUnassigned_many: '{{count}} de dossiers ne sont plus attribués.',
    doneUnassigned_other: '{{count}} dossiers ne sont plus attribués.',
  },
} satisfies Translation<typeof en, 'fr'>;
